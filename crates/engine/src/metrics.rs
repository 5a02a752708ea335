//! The write path's measures, for whoever serves `/metrics`: commits, commands
//! per commit, commit latency, refusals by rule code, the writer's queue.
//! Prometheus metrics share their values when cloned, so the web registers
//! clones of these and every scrape reads the writer's own numbers.

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};

#[derive(Clone)]
pub struct WriteMetrics {
    /// Durable transactions (group commits).
    pub commits: Counter,
    /// Events recorded.
    pub events: Counter,
    /// Commands per commit (how well group commit groups).
    pub commands_per_commit: Histogram,
    /// Seconds from deciding a batch to its transaction being durable.
    pub commit_seconds: Histogram,
    /// Commands refused by a rule, by its code (`code` label).
    pub refusals: Family<Vec<(String, String)>, Counter>,
    /// Commands refused by the authorization policies.
    pub denials: Counter,
}

impl Default for WriteMetrics {
    fn default() -> Self {
        WriteMetrics {
            commits: Counter::default(),
            events: Counter::default(),
            commands_per_commit: Histogram::new(exponential_buckets(1.0, 2.0, 11)),
            commit_seconds: Histogram::new(exponential_buckets(0.0005, 2.0, 14)),
            refusals: Family::default(),
            denials: Counter::default(),
        }
    }
}

impl WriteMetrics {
    pub(crate) fn refused(&self, err: &crate::ExecError) {
        match err {
            crate::ExecError::Rule(rule) => {
                self.refusals.get_or_create(&vec![("code".to_owned(), rule.code().to_owned())]).inc();
            }
            crate::ExecError::Denied(_) => {
                self.denials.inc();
            }
            _ => {}
        }
    }
}
