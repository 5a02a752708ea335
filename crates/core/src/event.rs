//! Events and their canonical, versioned encoding.
//!
//! An event is a command the domain accepted, together with the ids the domain
//! allocated for it. Its envelope ([`EventRecord`]) adds the position in the log,
//! the instant and the actor. The encoding is canonical: struct fields serialize
//! in declaration order, there are no maps with unordered keys, and serde_json
//! writes no insignificant whitespace, so the same record always yields the same
//! bytes. The ledger hashes exactly these bytes.

use serde::{Deserialize, Serialize};

use crate::command::Command;

/// Version of the envelope encoding. Bump it (and keep decoding old ones) on any
/// change that alters the bytes of an existing event.
///
/// - 1: `actor` is a bare name.
/// - 2: `actor` is `{user, name, organization}` (who signed in, not which interface).
/// - 3: the bytes are those of v2, the meaning of one command changed: a
///   `change_policies` is a proposal that takes force when the federal side
///   approves it (`approve_policy_change`). In a v1–v2 event it took force
///   when it was recorded, as the rules then were, and replaying an old
///   record keeps the policies that were in force (`State::apply`).
pub const ENCODING_VERSION: u16 = 3;

/// What the domain decided: the accepted change and the ids it created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Ids allocated for new records, in allocation order.
    pub created: Vec<String>,
    pub change: Command,
    /// The national-framework guardrail's assessment, on changes it judged.
    /// Absent otherwise, so events without one keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<crate::model::Assessment>,
    /// What a recorded crossing showed that needs following up. Absent when
    /// nothing did, so other events keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anomalies: Vec<crate::model::Anomaly>,
    /// Alerts the recorded incidents raised (see [`crate::incident::ALERT_RULES`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alerts: Vec<crate::incident::Alert>,
    /// Registered incidents a hand-entered one likely duplicates (`event_id_cnty`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duplicate_candidates: Vec<String>,
    /// The rules a fact recorded as a breach broke (see `RecordMeeting::as_breach`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaches: Vec<BrokenRule>,
    /// The client's idempotency key, when it sent one: a retry with the same
    /// key is answered with this event instead of being recorded again, also
    /// after a restart (the state rebuilds the keys from the events). Absent
    /// otherwise, so other events keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency: Option<IdempotencyMark>,
    /// A policy change the operator recorded from the data directory without
    /// asking the policies (`jirga policy restore-shipped`): it takes force at
    /// once, without the federal side's approval. Set by the engine only for
    /// its break-glass path; absent otherwise, so other events keep their bytes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub break_glass: bool,
}

/// A rule a recorded fact broke: its code and the arguments of its message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrokenRule {
    pub code: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, String)>,
}

impl From<&crate::RuleError> for BrokenRule {
    fn from(rule: &crate::RuleError) -> Self {
        BrokenRule { code: rule.code().to_owned(), args: rule.args().into_iter().map(|(k, v)| (k.to_owned(), v)).collect() }
    }
}

/// A client's idempotency key as the record keeps it: digests only (a key is
/// whatever a client chose to send; the ledger is shown to auditors).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdempotencyMark {
    /// Hex SHA-256 of the user's name, a newline and the key.
    pub key: String,
    /// Hex SHA-256 of the command's JSON, so a reused key with another
    /// command is told apart from a retry.
    pub command: String,
}

impl IdempotencyMark {
    pub fn new(user: &str, key: &str, command: &Command) -> Self {
        use sha2::{Digest, Sha256};
        let hex = |bytes: &[u8]| crate::text::hex(&Sha256::digest(bytes));
        let json = serde_json::to_vec(command).expect("commands serialize");
        IdempotencyMark { key: hex(format!("{user}\n{key}").as_bytes()), command: hex(&json) }
    }
}

/// An event as stored: its place in the log, when and by whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub v: u16,
    /// Position in the log, from 0, without gaps.
    pub seq: u64,
    pub at: jiff::Timestamp,
    pub actor: crate::authority::Actor,
    pub event: Event,
}

/// The day of recording at `at`, for what a command says was done: the latest
/// calendar day it is on either side of the border then (Islamabad is UTC+5,
/// Kabul UTC+4:30), so an official records "today" as theirs.
pub fn recording_day(at: jiff::Timestamp) -> jiff::civil::Date {
    (at + jiff::SignedDuration::from_hours(5)).to_zoned(jiff::tz::TimeZone::UTC).date()
}

impl EventRecord {
    /// The day this event was recorded on ([`recording_day`]).
    pub fn day(&self) -> jiff::civil::Date {
        recording_day(self.at)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("event bytes are not a valid event: {0}")]
    Json(#[from] serde_json::Error),
    #[error("unsupported event encoding version {0}")]
    Version(u16),
}

impl EventRecord {
    /// The canonical bytes of this record.
    pub fn encode(&self) -> Vec<u8> {
        // Sized up front: an import's event carries ~350 KB of CSV, which a
        // buffer grown from empty would copy a dozen times over.
        let mut bytes = Vec::with_capacity(self.encoded_size_hint());
        serde_json::to_writer(&mut bytes, self).expect("event records always serialize");
        bytes
    }

    /// About how many bytes [`encode`](Self::encode) gives (a little more for
    /// the incidents' CSV, which JSON escapes).
    pub fn encoded_size_hint(&self) -> usize {
        let text = match &self.event.change {
            Command::RecordIncidents { rows, .. } => rows.to_csv().len() * 17 / 16,
            _ => 0,
        };
        text + 512
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, DecodeError> {
        let record: EventRecord = serde_json::from_slice(bytes)?;
        if !(1..=ENCODING_VERSION).contains(&record.v) {
            return Err(DecodeError::Version(record.v));
        }
        Ok(record)
    }
}
