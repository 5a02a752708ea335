//! The incident register on the record: security incidents from ACLED and UCDP
//! exports and from analysts' hand entry, their source reports, duplicate
//! decisions, and the alerts their rules raise.
//!
//! Incidents travel in commands and events as ACLED CSV rows ([`IncidentRows`]),
//! so an import's events *are* the ACLED export, chunk by chunk, and a third
//! party checking the ledger reads the incidents in a format it knows. An import
//! is one event per chunk (the CLI sends 1,000 rows each), not one per incident:
//! a million incidents are a thousand leaves.
//!
//! The register is not a table of read rows: it lives in memory beside the state
//! (the parsed chunks shared, through `Arc`, between the writer's working state
//! and the published one), with a columnar projection
//! ([`jirga_incidents::stats::Columns`]) that statistics read. It is rebuilt from
//! the events at start.//!
//! `rows.rs`: the wire form ([`IncidentRows`], parsed rows shared by range);
//! `alerts.rs`: the alert rules and what they raise; `register.rs`: the
//! register itself, its reports, amendments and duplicate decisions.

mod alerts;
mod register;
mod rows;

pub use crate::model::{DuplicateDecision, IncidentFormat};
pub use alerts::{ALERT_RULES, Alert, AlertRule, RaisedAlert};
pub use jirga_incidents::acled::Incident;
pub use register::*;
pub use rows::IncidentRows;

/// Hash maps keyed by ids and places: foldhash, not SipHash (no untrusted
/// keys choose buckets here that a flood could exploit more than any other
/// input, and a million-row import hashes every id twice).
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// Rows per `record_incidents` event of an import: a leaf of the ledger per
/// thousand incidents keeps a million-row import to a thousand events, and an
/// event to about half a megabyte.
pub const CHUNK_ROWS: usize = 1_000;
