//! The record types the state holds: one struct per kind (with its history),
//! and the small values they are made of.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::command::{MemberSpec, OutcomeSpec};
use crate::ids::*;
use crate::model::*;
use crate::pass::PointCode;
use crate::text::{Body, Name, PolicyText};

use super::RecordRef;

/// One line of a record's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stamp {
    pub seq: u64,
    pub at: jiff::Timestamp,
    pub actor: crate::authority::Actor,
    /// The command name of the change (`decide_approval`, ...).
    pub change: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    pub id: PartyId,
    pub name: Name,
    pub kind: PartyKind,
    pub short_name: Option<Name>,
    /// The party this one is a body of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<PartyId>,
    /// Its representatives' public keys for signing agreements, in the order registered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signing_keys: Vec<SigningKey>,
    pub history: Vec<Stamp>,
}

/// A representative's Ed25519 key (a signed-note verifier key) for signing
/// agreements on a party's behalf.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SigningKey {
    pub person: PersonId,
    pub key: Name,
    pub registered_on: Date,
}

/// One side's signature of an agreed outcome's canonical text, by the outcome's number (from 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutcomeSignature {
    pub outcome: u32,
    pub party: PartyId,
    pub person: PersonId,
    pub signature: Name,
}

/// One side's signature of an agreed commitment's canonical text (see `crate::agreement`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementSignature {
    pub party: PartyId,
    pub person: PersonId,
    /// The signed-note signature line.
    pub signature: Name,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name_latin: Name,
    pub name_arabic: Option<Name>,
    pub party: Option<PartyId>,
    pub title: Option<Name>,
    pub history: Vec<Stamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Waiver {
    pub waived_on: Date,
    pub reason: Body,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Initiative {
    pub id: InitiativeId,
    pub title: Name,
    pub province: PartyId,
    pub federal: PartyId,
    pub counterpart: PartyId,
    pub topics: Vec<Topic>,
    pub focal_person: PersonId,
    pub launched_on: Date,
    pub groundwork_first: bool,
    pub phase_order_waived: Option<Waiver>,
    pub phases: Vec<PhaseId>,
    /// The province's requests to relax a rule, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waiver_requests: Vec<WaiverRequest>,
    pub history: Vec<Stamp>,
}

impl Initiative {
    /// Is `rule` relaxed for this initiative (by the federal side)?
    pub fn relaxes(&self, rule: WaivableRule) -> bool {
        match rule {
            WaivableRule::PhaseOrder => self.phase_order_waived.is_some(),
            WaivableRule::GroundworkFirst => !self.groundwork_first,
        }
    }

    /// The province's request to relax `rule` that waits for the federal side.
    pub fn pending_waiver(&self, rule: WaivableRule) -> Option<&WaiverRequest> {
        self.waiver_requests.iter().find(|r| r.rule == rule && r.answer.is_none())
    }

    /// Answer the pending request to relax `rule`, if there is one.
    pub(super) fn answer_waiver(&mut self, rule: WaivableRule, answer: WaiverAnswer) {
        if let Some(request) = self.waiver_requests.iter_mut().find(|r| r.rule == rule && r.answer.is_none()) {
            request.answer = Some(answer);
        }
    }
}

/// The province asking the federal side to relax a rule, and the answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaiverRequest {
    pub rule: WaivableRule,
    pub requested_on: Date,
    pub reason: Body,
    pub answer: Option<WaiverAnswer>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaiverAnswer {
    pub granted: bool,
    pub on: Date,
    pub reason: Body,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApprovalDecision {
    pub decision: Decision,
    pub decided_on: Date,
    pub terms: Option<Body>,
    pub valid_until: Option<Date>,
    pub approved_topics: Vec<Topic>,
    /// What the province must report on, each with its reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
}

/// A condition of an approval and the province's reports on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Condition {
    pub text: Body,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<Report>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApprovalRequest {
    pub id: ApprovalId,
    pub initiative: InitiativeId,
    pub topics: Vec<Topic>,
    pub planned_delegations: u32,
    pub requested_on: Date,
    pub note: Option<Body>,
    pub decision: Option<ApprovalDecision>,
    /// Suspensions, reinstatements and a withdrawal of a granted approval, in
    /// the order the federal side decided them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standing: Vec<StandingChange>,
    pub history: Vec<Stamp>,
}

/// What a fact recorded as a breach broke, and whether the federal side has
/// acknowledged it (until then the initiative shows it open).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Breach {
    pub rules: Vec<crate::event::BrokenRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged: Option<BreachAcknowledgement>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BreachAcknowledgement {
    pub on: Date,
    pub note: Body,
}

/// A federal decision on where a granted approval stands from a day on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StandingChange {
    pub standing: Standing,
    pub on: Date,
    pub reason: Body,
}

impl ApprovalRequest {
    /// Where the approval stands on `day`, with the decision that put it there
    /// (`None`: in force since it was granted).
    pub fn standing_on(&self, day: Date) -> (Standing, Option<&StandingChange>) {
        match self.standing.iter().rfind(|c| c.on <= day) {
            Some(change) => (change.standing, Some(change)),
            None => (Standing::InForce, None),
        }
    }

    /// Where it stands after every decision so far.
    pub fn current_standing(&self) -> Standing {
        self.standing.last().map_or(Standing::InForce, |c| c.standing)
    }

    pub fn status(&self) -> ApprovalStatus {
        match self.decision.as_ref().map(|d| d.decision) {
            None => ApprovalStatus::Pending,
            Some(Decision::Approve) => ApprovalStatus::Approved,
            Some(Decision::RequestChanges) => ApprovalStatus::ChangesRequested,
            Some(Decision::Reject) => ApprovalStatus::Rejected,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Acknowledgement {
    pub acknowledged_on: Date,
    pub acknowledged_by: Name,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    pub id: NotificationId,
    pub initiative: InitiativeId,
    pub subject: Name,
    pub body: Body,
    pub sent_on: Date,
    pub acknowledgement: Option<Acknowledgement>,
    pub history: Vec<Stamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub answer: Body,
    pub answered_on: Date,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiaisonEntry {
    pub id: LiaisonId,
    pub initiative: InitiativeId,
    pub question: Body,
    pub asked_on: Date,
    pub answer: Option<Answer>,
    pub history: Vec<Stamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delegation {
    pub id: DelegationId,
    pub initiative: InitiativeId,
    pub name: Name,
    pub purpose: Purpose,
    pub members: Vec<MemberSpec>,
    pub formed_on: Date,
    pub visits: Vec<VisitId>,
    pub history: Vec<Stamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub reported_on: Date,
    pub report: Body,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub id: VisitId,
    pub delegation: DelegationId,
    pub destination: Name,
    pub planned_for: Date,
    pub travelled_on: Option<Date>,
    pub report: Option<Report>,
    /// Travelled outside the rules, recorded as a breach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breach: Option<Breach>,
    pub history: Vec<Stamp>,
}

impl Visit {
    pub fn status(&self) -> VisitStatus {
        match (&self.travelled_on, &self.report) {
            (_, Some(_)) => VisitStatus::ReportedBack,
            (Some(_), None) => VisitStatus::Travelled,
            (None, None) => VisitStatus::Planned,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conclusion {
    pub concluded_on: Date,
    pub summary: Option<Body>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Phase {
    pub id: PhaseId,
    pub initiative: InitiativeId,
    /// 1-based order within the initiative.
    pub number: u32,
    pub title: Name,
    pub topics: Vec<Topic>,
    pub conclusion: Option<Conclusion>,
    pub agenda: Vec<AgendaItemId>,
    pub history: Vec<Stamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub id: AgendaItemId,
    pub phase: PhaseId,
    pub title: Name,
    pub topic: Topic,
    pub discussed_in: Vec<MeetingId>,
    pub history: Vec<Stamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: MeetingId,
    pub initiative: InitiativeId,
    pub held_on: Date,
    pub place: Name,
    pub participants: Vec<PersonId>,
    pub agenda_items: Vec<AgendaItemId>,
    pub minutes: Option<Body>,
    pub outcomes: Vec<OutcomeSpec>,
    /// Each side's signature of an agreed outcome's text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<OutcomeSignature>,
    /// Held outside the rules, recorded as a breach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breach: Option<Breach>,
    pub history: Vec<Stamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub party: PartyId,
    /// The person whose own position it is, when it is not the party's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    pub stance: Stance,
    pub statement: Body,
    pub stated_on: Date,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: ClaimId,
    pub initiative: InitiativeId,
    pub topic: Topic,
    pub proposition: Body,
    pub positions: Vec<Position>,
    pub history: Vec<Stamp>,
}

impl Claim {
    /// A claim is contested when one party asserts it and another denies it.
    pub fn is_contested(&self) -> bool {
        let has = |s| self.positions.iter().any(|p| p.stance == s);
        has(Stance::Asserts) && has(Stance::Denies)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusChange {
    pub to: CommitmentStatus,
    pub on: Date,
    pub note: Option<Body>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub reported_on: Date,
    pub note: Body,
    pub percent: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Concurrence {
    pub concurred_on: Date,
    pub concurred_by: Name,
    pub note: Option<Body>,
}

/// A note on a record: an observation that decides nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: NoteId,
    /// The id of the record the note is on.
    pub record: RecordRef,
    pub text: Body,
    pub history: Vec<Stamp>,
}

/// A recorded version of a policy set: the text in force from this event on,
/// and the difference from the text it replaced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyVersion {
    pub id: PolicyVersionId,
    pub policy_set: PolicySetName,
    pub text: PolicyText,
    pub reason: Body,
    /// Unified diff from the previous text.
    pub diff: String,
    /// The version in force when this one was proposed (none: the files).
    /// It can take force only while that one is still in force.
    #[serde(default)]
    pub replaces: Option<PolicyVersionId>,
    /// The federal side's decision on the proposal.
    #[serde(default)]
    pub decision: Option<PolicyDecision>,
    /// The operator's break-glass: in force without a decision.
    #[serde(default)]
    pub break_glass: bool,
    /// The seq of the event that put it in force (its approval or the
    /// break-glass); the version in force is the one put in force last.
    #[serde(default)]
    pub in_force_from: Option<u64>,
    pub history: Vec<Stamp>,
}

/// The federal side's answer to a proposed policy change, and who gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyDecision {
    pub approved: bool,
    pub on: Date,
    pub note: Option<Body>,
    pub by: crate::authority::Actor,
}

impl PolicyVersion {
    /// The difference a new text makes to the one in force, as a unified diff
    /// (what a version records, and what the form shows before it is recorded).
    pub fn diff_of(in_force: &str, new: &str) -> String {
        similar::TextDiff::from_lines(in_force, new).unified_diff().context_radius(2).header("in force", "new").to_string()
    }

    /// Proposed, and neither decided nor replaced by the operator's break-glass.
    pub fn is_pending(&self) -> bool {
        self.decision.is_none() && !self.break_glass
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    pub id: CommitmentId,
    pub initiative: InitiativeId,
    pub text: Body,
    pub topic: Topic,
    pub phase: PhaseId,
    pub bound: Vec<PartyId>,
    pub owner: PersonId,
    pub due_on: Option<Date>,
    pub drafted_on: Date,
    pub status: CommitmentStatus,
    pub status_log: Vec<StatusChange>,
    pub progress: Vec<Progress>,
    #[serde(default)]
    pub areas: Vec<FrameworkArea>,
    #[serde(default)]
    pub financial_amount: Option<u64>,
    /// The guardrail's latest assessment.
    #[serde(default)]
    pub assessment: Option<Assessment>,
    #[serde(default)]
    pub concurrence: Option<Concurrence>,
    /// The counterpart's acceptance, in a meeting with it: without one a
    /// commitment cannot be agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptance: Option<Acceptance>,
    /// Marked as a confidence-building measure, between whom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cbm: Option<super::ConfidenceBuilding>,
    /// Delivery milestones, numbered from 1 in the order they were added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<super::Milestone>,
    /// Implementation scores, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<super::Score>,
    /// Each side's signature of the agreed text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<AgreementSignature>,
    pub history: Vec<Stamp>,
}

/// The counterpart accepted a proposed commitment in a meeting: recorded by
/// its own user (`reported` is none) or reported by the delegation with the
/// source that shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Acceptance {
    pub meeting: MeetingId,
    pub accepted_on: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Body>,
}

impl Commitment {
    pub fn is_open(&self) -> bool {
        !self.status.is_terminal()
    }
}

/// Reported militant movement across a crossing point or a stretch of the border.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MovementReport {
    pub id: MovementId,
    pub crossing_point: Option<PointCode>,
    pub border_stretch: Option<Name>,
    pub observed_on: Date,
    pub direction: MovementDirection,
    pub group: Name,
    pub people: Option<u32>,
    pub source: Source,
    pub description: Body,
    /// Linked incidents (`event_id_cnty`).
    pub incidents: Vec<Name>,
    pub history: Vec<Stamp>,
}

impl MovementReport {
    /// Where the movement was seen (`decide` made sure a report says).
    pub fn place(&self) -> Option<MovementPlace<'_>> {
        MovementPlace::of(self.crossing_point.as_ref(), self.border_stretch.as_ref())
    }
}

/// Where a movement was seen: the one meaning of a report's two optional wire
/// fields. The command is the wire format (the API's JSON and the stored
/// events, whose fields are closed by `deny_unknown_fields`, so the pair cannot
/// be flattened into a tagged enum without a new encoding); the domain reads
/// them only through this.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MovementPlace<'a> {
    /// At a crossing point on the record, perhaps naming the stretch it is on too.
    CrossingPoint { code: &'a PointCode, stretch: Option<&'a Name> },
    /// Along a stretch of the border away from the crossing points.
    BorderStretch(&'a Name),
}

impl<'a> MovementPlace<'a> {
    /// The place the two fields name; `None` when they name neither.
    pub fn of(crossing_point: Option<&'a PointCode>, border_stretch: Option<&'a Name>) -> Option<Self> {
        match (crossing_point, border_stretch) {
            (Some(code), stretch) => Some(MovementPlace::CrossingPoint { code, stretch }),
            (None, Some(stretch)) => Some(MovementPlace::BorderStretch(stretch)),
            (None, None) => None,
        }
    }
}

/// Incidents or a statistic cited as evidence on an agenda item or a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    pub id: CitationId,
    /// The agenda item or claim it supports.
    pub record: RecordRef,
    pub incidents: Vec<Name>,
    /// A statistics view's query (`group=district&event_type=...`).
    pub statistic: Option<Name>,
    pub note: Body,
    pub history: Vec<Stamp>,
}
