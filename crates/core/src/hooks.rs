//! The places where policy enters. The write-path hooks run in the writer,
//! against the working state, before the domain decides; the read hook runs on
//! the published state for every read.
//!
//! - [`Authorizer`]: may this user issue this command, read this record, read the
//!   log? (`jirga-policy` answers with Cedar; [`AllowAll`] serves tests of the
//!   bare write path and benchmarks.)
//! - [`Guardrail`]: does this command stay within the national framework? It sees
//!   every command and answers with an assessment for the ones it judges
//!   (proposing and agreeing commitments); the domain then refuses what is
//!   forbidden or still needs federal concurrence, and the event records the
//!   assessment. [`NoGuardrail`] judges nothing.

use crate::model::{Assessment, PolicySetName};
use crate::{Command, Principal, State};

/// Why a user may not issue a command.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{user} may not {command}: {reason}")]
pub struct Denied {
    pub user: String,
    pub command: &'static str,
    /// `not_authorized`, or for a policy change the reason it cannot take effect
    /// (`policy_invalid`, `policy_stale`).
    pub code: &'static str,
    pub reason: String,
}

/// What a read is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read<'a> {
    /// Every record at once, without per-record checks (lists, dashboards).
    Everything,
    /// One record, by id.
    Record(&'a str),
    /// The event log and the ledger's entries and proofs.
    Log,
    /// Pass holders' personal data (kept out of the log and the read state).
    HolderData,
    /// Who raised a sensitive grievance (kept apart like a holder's data).
    SensitiveRaiser,
}

/// An authorization decision's fingerprint: what it rested on (the policies in
/// force and the facts of the record it judged). A grant made on the published
/// state still holds in the writer's working state when the fingerprint there is
/// the same, since a Cedar decision is a function of exactly those inputs and the
/// principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant(pub u64);

pub trait Authorizer: Send + Sync + 'static {
    /// May `principal` issue `command`? One decision per command, before the
    /// domain sees it. The engine asks on the caller's thread, against the
    /// published state, so decisions run in parallel off the single writer.
    fn authorize(&self, principal: &Principal, command: &Command, state: &State) -> Result<Grant, Denied>;
    /// Does `grant` still hold in `state`? The writer checks this against its
    /// working state (cheap, no policy evaluation) and decides again when it
    /// does not. Answering `false` is always safe.
    fn holds(&self, grant: Grant, principal: &Principal, command: &Command, state: &State) -> bool {
        let _ = (grant, principal, command, state);
        false
    }
    /// May `principal` read `what`?
    fn may_read(&self, principal: &Principal, what: Read<'_>, state: &State) -> bool;
    /// Would a command named `action` on `target` be authorized? (Pages show only
    /// the forms a user may use; the command itself is still authorized in full.)
    fn may(&self, principal: &Principal, action: &str, target: Option<&str>, state: &State) -> bool {
        let _ = (principal, action, target, state);
        true
    }
    /// The text of a policy set in force (what an administrator's change replaces).
    fn policy_in_force(&self, set: PolicySetName, state: &State) -> Option<String> {
        let _ = (set, state);
        None
    }
}

/// Allows everything (tests of the bare write path, benchmarks).
pub struct AllowAll;

impl Authorizer for AllowAll {
    fn authorize(&self, _principal: &Principal, _command: &Command, _state: &State) -> Result<Grant, Denied> {
        Ok(Grant(0))
    }
    fn holds(&self, _grant: Grant, _principal: &Principal, _command: &Command, _state: &State) -> bool {
        true
    }
    fn may_read(&self, _principal: &Principal, _what: Read<'_>, _state: &State) -> bool {
        true
    }
}

pub trait Guardrail: Send + Sync + 'static {
    /// The assessment of `command`, or `None` for commands it does not judge.
    fn assess(&self, command: &Command, state: &State) -> Option<Assessment>;
}

/// Judges nothing (tests and benchmarks of the bare write path).
pub struct NoGuardrail;

impl Guardrail for NoGuardrail {
    fn assess(&self, _command: &Command, _state: &State) -> Option<Assessment> {
        None
    }
}

/// The pluggable parts of the write path.
pub struct Hooks {
    pub authorizer: std::sync::Arc<dyn Authorizer>,
    pub guardrail: std::sync::Arc<dyn Guardrail>,
}

impl Default for Hooks {
    fn default() -> Self {
        Hooks { authorizer: std::sync::Arc::new(AllowAll), guardrail: std::sync::Arc::new(NoGuardrail) }
    }
}
