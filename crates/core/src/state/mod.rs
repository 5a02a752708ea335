//! The state of the process: every record, folded from events by [`State::apply`].
//!
//! Records are never deleted, so the next id of a kind is its count plus one.
//! Every record keeps its history (which events touched it, when, by whom).
//!
//! `records.rs` holds the record types, `apply.rs` the fold, `kinds.rs` the one
//! list of record kinds and what is generated from it (lookups by id, the JSON
//! rows, [`RecordRef`]).

mod apply;
mod delivery;
mod kinds;
mod records;
mod tribal;

pub use delivery::*;
pub use kinds::{RECORD_COLLECTIONS, RECORD_KINDS, RecordRef, RecordRefError};
pub use records::*;
pub use tribal::*;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ids::*;
use crate::incident::IncidentRegister;
use crate::model::*;
use crate::pass::{Crossing, CrossingPoint, Pass};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub parties: BTreeMap<PartyId, Party>,
    pub people: BTreeMap<PersonId, Person>,
    pub initiatives: BTreeMap<InitiativeId, Initiative>,
    pub approvals: BTreeMap<ApprovalId, ApprovalRequest>,
    pub notifications: BTreeMap<NotificationId, Notification>,
    pub liaison: BTreeMap<LiaisonId, LiaisonEntry>,
    pub delegations: BTreeMap<DelegationId, Delegation>,
    pub visits: BTreeMap<VisitId, Visit>,
    pub phases: BTreeMap<PhaseId, Phase>,
    pub agenda_items: BTreeMap<AgendaItemId, AgendaItem>,
    pub meetings: BTreeMap<MeetingId, Meeting>,
    pub claims: BTreeMap<ClaimId, Claim>,
    pub commitments: BTreeMap<CommitmentId, Commitment>,
    pub notes: BTreeMap<NoteId, Note>,
    pub policy_versions: BTreeMap<PolicyVersionId, PolicyVersion>,
    #[serde(default)]
    pub crossing_points: BTreeMap<CrossingPointId, CrossingPoint>,
    #[serde(default)]
    pub passes: BTreeMap<PassId, Pass>,
    #[serde(default)]
    pub crossings: BTreeMap<CrossingId, Crossing>,
    #[serde(default)]
    pub movements: BTreeMap<MovementId, MovementReport>,
    #[serde(default)]
    pub citations: BTreeMap<CitationId, Citation>,
    #[serde(default)]
    pub communities: BTreeMap<CommunityId, Community>,
    #[serde(default)]
    pub grievances: BTreeMap<GrievanceId, Grievance>,
    /// The incident register: not read rows, rebuilt from the events at start
    /// (see [`crate::incident`]).
    #[serde(skip)]
    pub incidents: IncidentRegister,
    /// Idempotency keys of recorded events (digest → the command's digest and
    /// what was recorded), rebuilt from the events like everything else.
    #[serde(skip)]
    pub idempotency: BTreeMap<String, IdempotentAnswer>,
    /// Sequence number of the last applied event.
    pub last_seq: Option<u64>,
}

/// What was recorded under an idempotency key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotentAnswer {
    pub command: String,
    pub seq: u64,
    pub created: Vec<String>,
}

/// The two phases every initiative starts with, from the articles.
pub fn default_phases() -> [(&'static str, &'static [Topic]); 2] {
    use Topic::*;
    [
        ("Security and militant sanctuaries", &[Security]),
        (
            "Trade, refugees, health, education, livelihoods, movement of people and cultural exchange",
            &[Trade, Refugees, Health, Education, Livelihoods, MovementOfPeople, CulturalExchange],
        ),
    ]
}

impl State {
    /// The kind of the record with this id (`"meeting"`, ...), if it exists.
    pub fn kind_of(&self, id: &str) -> Option<&'static str> {
        self.history(id)?;
        let prefix = id.split('-').next().unwrap_or_default();
        RECORD_KINDS.iter().find(|(p, _)| *p == prefix).map(|(_, kind)| *kind)
    }

    /// Our pass with this document id.
    pub fn pass_by_document(&self, document_id: &str) -> Option<&Pass> {
        self.passes.values().find(|p| p.document_id.as_str() == document_id)
    }

    /// The crossing point with this code.
    pub fn crossing_point(&self, code: &str) -> Option<&CrossingPoint> {
        self.crossing_points.values().find(|p| p.code.as_str() == code)
    }

    /// A crossing point's name by its code (the code itself when unknown).
    pub fn crossing_point_name(&self, code: &str) -> String {
        self.crossing_point(code).map_or_else(|| code.to_owned(), |p| p.name.to_string())
    }

    /// Every crossing made with one document, oldest first.
    pub fn crossings_of(&self, document_id: &str) -> Vec<&Crossing> {
        match self.pass_by_document(document_id) {
            Some(pass) => pass.crossings.iter().filter_map(|c| self.crossings.get(c)).collect(),
            None => self.crossings.values().filter(|c| c.document_id.as_str() == document_id).collect(),
        }
    }

    /// The text in force for a policy set, when a change to it has been recorded.
    /// The recorded version of a policy set in force: the one put in force
    /// last (by the federal side's approval or the operator's break-glass).
    /// None: the files' text is in force.
    pub fn recorded_policy(&self, set: PolicySetName) -> Option<&PolicyVersion> {
        self.policy_versions.values().filter(|v| v.policy_set == set).filter(|v| v.in_force_from.is_some()).max_by_key(|v| v.in_force_from)
    }
}
