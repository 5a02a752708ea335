//! `/metrics` in Prometheus's text format: requests by route and status and
//! their latency, login outcomes, and the write path's own measures (commits,
//! commands per commit, commit latency, refusals by rule code, the writer's
//! queue) and the process's memory. Read with a token of a user who may read
//! the log (an auditor's, say): the figures say how the record is used.

use std::sync::OnceLock;

use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::AppState;
use crate::error::ApiError;

type Labels = Vec<(String, String)>;

/// The web edge's own measures, process-wide.
pub struct WebMetrics {
    pub requests: Family<Labels, Counter>,
    pub request_seconds: Histogram,
    pub logins: Family<Labels, Counter>,
}

pub fn web() -> &'static WebMetrics {
    static METRICS: OnceLock<WebMetrics> = OnceLock::new();
    METRICS.get_or_init(|| WebMetrics {
        requests: Family::default(),
        request_seconds: Histogram::new(exponential_buckets(0.0001, 2.0, 16)),
        logins: Family::default(),
    })
}

/// A request's route for its label: the path with every segment holding a
/// digit (an id, a log position; not the API's `v1`) as `:id`, at most four segments (a label per
/// record would grow without bound).
pub fn route_label(path: &str) -> String {
    let segments: Vec<&str> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .take(4)
        .map(|s| {
            let version = s.len() > 1 && s.starts_with('v') && s[1..].bytes().all(|b| b.is_ascii_digit());
            if !version && s.bytes().any(|b| b.is_ascii_digit()) { ":id" } else { s }
        })
        .collect();
    format!("/{}", segments.join("/"))
}

/// Count a request.
pub fn request(method: &str, path: &str, status: u16, seconds: f64) {
    let labels =
        vec![("method".to_owned(), method.to_owned()), ("route".to_owned(), route_label(path)), ("status".to_owned(), status.to_string())];
    web().requests.get_or_create(&labels).inc();
    web().request_seconds.observe(seconds);
}

/// Count a login by its outcome (`ok`, `bad_credentials`, `account_locked`, ...).
pub fn login(outcome: &str) {
    web().logins.get_or_create(&vec![("outcome".to_owned(), outcome.to_owned())]).inc();
}

/// Resident memory of this process, in bytes (Linux).
fn resident_bytes() -> i64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|n| n.parse::<i64>().ok()))
        .unwrap_or(0);
    pages * 4096
}

pub async fn serve(State(app): State<AppState>, crate::api::LogReader(_): crate::api::LogReader) -> Result<Response, ApiError> {
    let mut registry = Registry::with_prefix("jirga");
    let w = web();
    registry.register("http_requests", "HTTP requests by method, route and status", w.requests.clone());
    registry.register("http_request_seconds", "HTTP request latency", w.request_seconds.clone());
    registry.register("logins", "Sign-in attempts by outcome", w.logins.clone());
    let m = app.engine.metrics();
    registry.register("commits", "Durable transactions (group commits)", m.commits.clone());
    registry.register("events", "Events recorded", m.events.clone());
    registry.register("commands_per_commit", "Commands per durable transaction", m.commands_per_commit.clone());
    registry.register("commit_seconds", "Seconds from deciding a batch to its transaction being durable", m.commit_seconds.clone());
    registry.register("refusals", "Commands refused by a rule of the process, by its code", m.refusals.clone());
    registry.register("denials", "Commands refused by the authorization policies", m.denials.clone());
    let queue = Gauge::<i64>::default();
    queue.set(app.engine.queue_depth() as i64);
    registry.register("writer_queue_depth", "Commands waiting for the writer", queue);
    let memory = Gauge::<i64>::default();
    memory.set(resident_bytes());
    registry.register("resident_memory_bytes", "Resident memory of the process", memory);
    let writer = Gauge::<i64>::default();
    writer.set(i64::from(app.engine.writer_alive()));
    registry.register("writer_up", "1 while the writer thread runs", writer);
    let mut text = String::new();
    prometheus_client::encoding::text::encode(&mut text, &registry)
        .map_err(|_| ApiError::say(axum::http::StatusCode::INTERNAL_SERVER_ERROR, "internal", "error-internal", &[]))?;
    Ok(([(CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")], text).into_response())
}
