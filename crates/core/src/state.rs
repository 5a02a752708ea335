//! The state of the process: every record, folded from events by [`State::apply`].
//!
//! Records are never deleted, so the next id of a kind is its count plus one.
//! Every record keeps its history (which events touched it, when, by whom).

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::command::{Command, MemberSpec, OutcomeSpec};
use crate::event::EventRecord;
use crate::ids::*;
use crate::incident::IncidentRegister;
use crate::model::*;
use crate::pass::PointCode;
use crate::pass::{Crossing, CrossingPoint, Pass, Revocation};
use crate::text::{Body, Name, PolicyText};

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
    pub history: Vec<Stamp>,
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
    fn answer_waiver(&mut self, rule: WaivableRule, answer: WaiverAnswer) {
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

/// The sequence number the next event will get.
impl State {
    pub fn next_seq(&self) -> u64 {
        self.last_seq.map_or(0, |s| s + 1)
    }

    /// Fold one event into the state. Returns the ids of every record it touched,
    /// so the store can refresh their read rows. Events are facts: applying never
    /// fails; `decide` has checked everything beforehand.
    pub fn apply(&mut self, record: &EventRecord) -> Vec<String> {
        self.apply_inner(record, true)
    }

    /// [`State::apply`] without the incident register, for a state that takes
    /// its register from another that applied the same events (the engine's
    /// published state after a large import: copying the register is faster
    /// than recording a million incidents twice).
    pub fn apply_leaving_register(&mut self, record: &EventRecord) -> Vec<String> {
        self.apply_inner(record, false)
    }

    fn apply_inner(&mut self, record: &EventRecord, register: bool) -> Vec<String> {
        if let Some(mark) = &record.event.idempotency {
            let answer = IdempotentAnswer { command: mark.command.clone(), seq: record.seq, created: record.event.created.clone() };
            self.idempotency.insert(mark.key.clone(), answer);
        }
        let created = &record.event.created;
        // The ids `decide` allocated for this event, parsed back into their kinds.
        fn id_at<Id: std::str::FromStr>(created: &[String], i: usize) -> Id {
            created.get(i).and_then(|text| text.parse().ok()).expect("decide allocated a well-formed id of this kind")
        }
        let mut touched: Vec<String> = created.clone();
        match record.event.change.clone() {
            Command::RegisterParty { name, kind, short_name, within } => {
                let id = id_at::<PartyId>(created, 0);
                self.parties.insert(id.clone(), Party { id, name, kind, short_name, within, history: vec![] });
            }
            Command::RegisterPerson { name_latin, name_arabic, party, title } => {
                let id = id_at::<PersonId>(created, 0);
                self.people.insert(id.clone(), Person { id, name_latin, name_arabic, party, title, history: vec![] });
            }
            Command::LaunchInitiative { title, province, federal, counterpart, topics, focal_person, launched_on, groundwork_first } => {
                let id = id_at::<InitiativeId>(created, 0);
                let mut phases = vec![];
                for (i, (phase_title, phase_topics)) in default_phases().into_iter().enumerate() {
                    let phase_id = id_at::<PhaseId>(created, i + 1);
                    phases.push(phase_id.clone());
                    self.phases.insert(
                        phase_id.clone(),
                        Phase {
                            id: phase_id,
                            initiative: id.clone(),
                            number: i as u32 + 1,
                            title: Name::parse(phase_title).expect("default phase titles are valid"),
                            topics: phase_topics.to_vec(),
                            conclusion: None,
                            agenda: vec![],
                            history: vec![],
                        },
                    );
                }
                self.initiatives.insert(
                    id.clone(),
                    Initiative {
                        id,
                        title,
                        province,
                        federal,
                        counterpart,
                        topics,
                        focal_person,
                        launched_on,
                        groundwork_first,
                        phase_order_waived: None,
                        phases,
                        waiver_requests: vec![],
                        history: vec![],
                    },
                );
            }
            Command::ChangeInitiativeSettings { initiative, groundwork_first } => {
                let ini = self.initiatives.get_mut(&initiative).expect("decided");
                ini.groundwork_first = groundwork_first;
                if !groundwork_first {
                    let reason = Body::parse("Relaxed by the federal side").expect("valid");
                    ini.answer_waiver(WaivableRule::GroundworkFirst, WaiverAnswer { granted: true, on: record.day(), reason });
                }
                touched.push(initiative.to_string());
            }
            Command::RequestWaiver { initiative, rule, requested_on, reason } => {
                let ini = self.initiatives.get_mut(&initiative).expect("decided");
                ini.waiver_requests.push(WaiverRequest { rule, requested_on, reason, answer: None });
                touched.push(initiative.to_string());
            }
            Command::RefuseWaiver { initiative, rule, refused_on, reason } => {
                let ini = self.initiatives.get_mut(&initiative).expect("decided");
                ini.answer_waiver(rule, WaiverAnswer { granted: false, on: refused_on, reason });
                touched.push(initiative.to_string());
            }
            Command::RequestApproval { initiative, topics, planned_delegations, requested_on, note } => {
                let id = id_at::<ApprovalId>(created, 0);
                self.approvals.insert(
                    id.clone(),
                    ApprovalRequest {
                        id,
                        initiative: initiative.clone(),
                        topics,
                        planned_delegations,
                        requested_on,
                        note,
                        decision: None,
                        standing: vec![],
                        history: vec![],
                    },
                );
                touched.push(initiative.to_string());
            }
            Command::DecideApproval {
                request,
                decision,
                decided_on,
                terms,
                valid_until,
                approved_topics,
                waive_phase_order,
                conditions,
            } => {
                let req = self.approvals.get_mut(&request).expect("decided");
                let approved_topics = match decision {
                    Decision::Approve => approved_topics.unwrap_or_else(|| req.topics.clone()),
                    _ => vec![],
                };
                let conditions = conditions.into_iter().map(|text| Condition { text, reports: vec![] }).collect();
                req.decision =
                    Some(ApprovalDecision { decision, decided_on, terms: terms.clone(), valid_until, approved_topics, conditions });
                let initiative = req.initiative.clone();
                if decision == Decision::Approve && waive_phase_order {
                    let reason = terms.unwrap_or_else(|| Body::parse("Waived with the approval").expect("valid"));
                    let ini = self.initiatives.get_mut(&initiative).expect("decided");
                    ini.answer_waiver(WaivableRule::PhaseOrder, WaiverAnswer { granted: true, on: decided_on, reason: reason.clone() });
                    ini.phase_order_waived = Some(Waiver { waived_on: decided_on, reason });
                }
                touched.push(request.to_string());
                touched.push(initiative.to_string());
            }
            Command::ReportOnCondition { request, condition, reported_on, report } => {
                let req = self.approvals.get_mut(&request).expect("decided");
                let decision = req.decision.as_mut().expect("decided");
                decision.conditions[condition as usize - 1].reports.push(Report { reported_on, report });
                touched.push(request.to_string());
                touched.push(req.initiative.to_string());
            }
            Command::SuspendApproval { request, suspended_on: on, reason }
            | Command::ReinstateApproval { request, reinstated_on: on, reason }
            | Command::WithdrawApproval { request, withdrawn_on: on, reason } => {
                let standing = match record.event.change {
                    Command::SuspendApproval { .. } => Standing::Suspended,
                    Command::ReinstateApproval { .. } => Standing::InForce,
                    _ => Standing::Withdrawn,
                };
                let req = self.approvals.get_mut(&request).expect("decided");
                req.standing.push(StandingChange { standing, on, reason });
                touched.push(request.to_string());
                touched.push(req.initiative.to_string());
            }
            Command::WaivePhaseOrder { initiative, waived_on, reason } => {
                let ini = self.initiatives.get_mut(&initiative).expect("decided");
                ini.answer_waiver(WaivableRule::PhaseOrder, WaiverAnswer { granted: true, on: waived_on, reason: reason.clone() });
                ini.phase_order_waived = Some(Waiver { waived_on, reason });
                touched.push(initiative.to_string());
            }
            Command::NotifyFederalGovernment { initiative, subject, body, sent_on } => {
                let id = id_at::<NotificationId>(created, 0);
                self.notifications
                    .insert(id.clone(), Notification { id, initiative, subject, body, sent_on, acknowledgement: None, history: vec![] });
            }
            Command::AcknowledgeNotification { notification, acknowledged_on, acknowledged_by } => {
                self.notifications.get_mut(&notification).expect("decided").acknowledgement =
                    Some(Acknowledgement { acknowledged_on, acknowledged_by });
                touched.push(notification.to_string());
            }
            Command::RequestGuidance { initiative, question, asked_on } => {
                let id = id_at::<LiaisonId>(created, 0);
                self.liaison.insert(id.clone(), LiaisonEntry { id, initiative, question, asked_on, answer: None, history: vec![] });
            }
            Command::AnswerGuidance { entry, answer, answered_on } => {
                self.liaison.get_mut(&entry).expect("decided").answer = Some(Answer { answer, answered_on });
                touched.push(entry.to_string());
            }
            Command::FormDelegation { initiative, name, purpose, members, formed_on } => {
                let id = id_at::<DelegationId>(created, 0);
                self.delegations
                    .insert(id.clone(), Delegation { id, initiative, name, purpose, members, formed_on, visits: vec![], history: vec![] });
            }
            Command::AddDelegationMember { delegation, person, role } => {
                self.delegations.get_mut(&delegation).expect("decided").members.push(MemberSpec { person, role });
                touched.push(delegation.to_string());
            }
            Command::RemoveDelegationMember { delegation, person } => {
                self.delegations.get_mut(&delegation).expect("decided").members.retain(|m| m.person != person);
                touched.push(delegation.to_string());
            }
            Command::PlanVisit { delegation, destination, planned_for } => {
                let id = id_at::<VisitId>(created, 0);
                self.delegations.get_mut(&delegation).expect("decided").visits.push(id.clone());
                self.visits.insert(
                    id.clone(),
                    Visit {
                        id,
                        delegation: delegation.clone(),
                        destination,
                        planned_for,
                        travelled_on: None,
                        report: None,
                        breach: None,
                        history: vec![],
                    },
                );
                touched.push(delegation.to_string());
            }
            Command::RecordTravel { visit, travelled_on, as_breach } => {
                let v = self.visits.get_mut(&visit).expect("decided");
                v.travelled_on = Some(travelled_on);
                v.breach = as_breach.then(|| Breach { rules: record.event.breaches.clone(), acknowledged: None });
                touched.push(visit.to_string());
                touched.push(v.delegation.to_string());
            }
            Command::AcknowledgeTravelBreach { visit, acknowledged_on, note } => {
                let v = self.visits.get_mut(&visit).expect("decided");
                if let Some(breach) = v.breach.as_mut() {
                    breach.acknowledged = Some(BreachAcknowledgement { on: acknowledged_on, note });
                }
                touched.push(visit.to_string());
            }
            Command::ReportBack { visit, reported_on, report } => {
                self.visits.get_mut(&visit).expect("decided").report = Some(Report { reported_on, report });
                touched.push(visit.to_string());
            }
            Command::AddPhase { initiative, title, topics } => {
                let id = id_at::<PhaseId>(created, 0);
                let ini = self.initiatives.get_mut(&initiative).expect("decided");
                ini.phases.push(id.clone());
                let number = ini.phases.len() as u32;
                self.phases.insert(
                    id.clone(),
                    Phase { id, initiative: initiative.clone(), number, title, topics, conclusion: None, agenda: vec![], history: vec![] },
                );
                touched.push(initiative.to_string());
            }
            Command::ConcludePhase { phase, concluded_on, summary } => {
                self.phases.get_mut(&phase).expect("decided").conclusion = Some(Conclusion { concluded_on, summary });
                touched.push(phase.to_string());
            }
            Command::AddAgendaItem { phase, title, topic } => {
                let id = id_at::<AgendaItemId>(created, 0);
                self.phases.get_mut(&phase).expect("decided").agenda.push(id.clone());
                self.agenda_items
                    .insert(id.clone(), AgendaItem { id, phase: phase.clone(), title, topic, discussed_in: vec![], history: vec![] });
                touched.push(phase.to_string());
            }
            Command::RecordMeeting { initiative, held_on, place, participants, agenda_items, minutes, outcomes, as_breach } => {
                let id = id_at::<MeetingId>(created, 0);
                for item in &agenda_items {
                    self.agenda_items.get_mut(item).expect("decided").discussed_in.push(id.clone());
                    touched.push(item.to_string());
                }
                let breach = as_breach.then(|| Breach { rules: record.event.breaches.clone(), acknowledged: None });
                touched.push(initiative.to_string());
                self.meetings.insert(
                    id.clone(),
                    Meeting { id, initiative, held_on, place, participants, agenda_items, minutes, outcomes, breach, history: vec![] },
                );
            }
            Command::AcknowledgeBreach { meeting, acknowledged_on, note } => {
                let m = self.meetings.get_mut(&meeting).expect("decided");
                if let Some(breach) = m.breach.as_mut() {
                    breach.acknowledged = Some(BreachAcknowledgement { on: acknowledged_on, note });
                }
                touched.push(meeting.to_string());
                touched.push(m.initiative.to_string());
            }
            Command::StateClaim { initiative, topic, proposition } => {
                let id = id_at::<ClaimId>(created, 0);
                self.claims.insert(id.clone(), Claim { id, initiative, topic, proposition, positions: vec![], history: vec![] });
            }
            Command::RecordPosition { claim, party, person, stance, statement, stated_on, source } => {
                self.claims.get_mut(&claim).expect("decided").positions.push(Position {
                    party,
                    person,
                    stance,
                    statement,
                    stated_on,
                    source,
                });
                touched.push(claim.to_string());
            }
            Command::DraftCommitment { initiative, text, topic, phase, bound, owner, due_on, drafted_on, areas, financial_amount } => {
                let id = id_at::<CommitmentId>(created, 0);
                self.commitments.insert(
                    id.clone(),
                    Commitment {
                        id,
                        initiative,
                        text,
                        topic,
                        phase,
                        bound,
                        owner,
                        due_on,
                        drafted_on,
                        status: CommitmentStatus::Draft,
                        status_log: vec![],
                        progress: vec![],
                        areas,
                        financial_amount,
                        assessment: None,
                        concurrence: None,
                        acceptance: None,
                        history: vec![],
                    },
                );
            }
            Command::ConcurWithCommitment { commitment, concurred_on, concurred_by, note } => {
                self.commitments.get_mut(&commitment).expect("decided").concurrence =
                    Some(Concurrence { concurred_on, concurred_by, note });
                touched.push(commitment.to_string());
            }
            Command::ChangeCommitmentStatus { commitment, to, on, note } => {
                let c = self.commitments.get_mut(&commitment).expect("decided");
                c.status = to;
                c.status_log.push(StatusChange { to, on, note });
                // Sent back to draft, it is no longer the proposal the counterpart accepted.
                if to == CommitmentStatus::Draft {
                    c.acceptance = None;
                }
                if let Some(assessment) = &record.event.assessment {
                    c.assessment = Some(assessment.clone());
                }
                touched.push(commitment.to_string());
            }
            Command::AcceptCommitment { commitment, meeting, accepted_on, note } => {
                self.commitments.get_mut(&commitment).expect("decided").acceptance =
                    Some(Acceptance { meeting, accepted_on, reported: None, note });
                touched.push(commitment.to_string());
            }
            Command::ReportAcceptance { commitment, meeting, accepted_on, source } => {
                self.commitments.get_mut(&commitment).expect("decided").acceptance =
                    Some(Acceptance { meeting, accepted_on, reported: Some(source), note: None });
                touched.push(commitment.to_string());
            }
            Command::ReportProgress { commitment, reported_on, note, percent } => {
                self.commitments.get_mut(&commitment).expect("decided").progress.push(Progress { reported_on, note, percent });
                touched.push(commitment.to_string());
            }
            Command::AddNote { record: target, text } => {
                let id = id_at::<NoteId>(created, 0);
                self.notes.insert(id.clone(), Note { id, record: target, text, history: vec![] });
            }
            Command::ChangePolicies { policy_set, previous, text, reason } => {
                let id = id_at::<PolicyVersionId>(created, 0);
                let diff = similar::TextDiff::from_lines(previous.as_str(), text.as_str())
                    .unified_diff()
                    .context_radius(2)
                    .header("in force", "new")
                    .to_string();
                let replaces = self.recorded_policy(policy_set).map(|v| v.id.clone());
                let break_glass = record.event.break_glass;
                // Before v3 an administrator's change took force when recorded
                // (see `ENCODING_VERSION`): an old record keeps its rules.
                let in_force_from = (break_glass || record.v < 3).then_some(record.seq);
                self.policy_versions.insert(
                    id.clone(),
                    PolicyVersion {
                        id,
                        policy_set,
                        text,
                        reason,
                        diff,
                        replaces,
                        decision: None,
                        break_glass,
                        in_force_from,
                        history: vec![],
                    },
                );
            }
            Command::ApprovePolicyChange { version, approved_on: on, note } => {
                let v = self.policy_versions.get_mut(&version).expect("decided");
                v.decision = Some(PolicyDecision { approved: true, on, note, by: record.actor.clone() });
                v.in_force_from = Some(record.seq);
                touched.push(version.to_string());
            }
            Command::RefusePolicyChange { version, refused_on: on, reason } => {
                let v = self.policy_versions.get_mut(&version).expect("decided");
                v.decision = Some(PolicyDecision { approved: false, on, note: Some(reason), by: record.actor.clone() });
                touched.push(version.to_string());
            }
            Command::RegisterCrossingPoint { code, name, name_arabic } => {
                let id = id_at::<CrossingPointId>(created, 0);
                self.crossing_points.insert(id.clone(), CrossingPoint { id, code, name, name_arabic, history: vec![] });
            }
            Command::IssuePass {
                document_id,
                purpose,
                crossing_points,
                valid_from,
                valid_until,
                entries,
                authority,
                kid,
                issued_on,
                holder_commitment,
            } => {
                let id = id_at::<PassId>(created, 0);
                self.passes.insert(
                    id.clone(),
                    Pass {
                        id,
                        document_id,
                        purpose,
                        crossing_points,
                        valid_from,
                        valid_until,
                        entries,
                        authority,
                        kid,
                        issued_on,
                        holder_commitment,
                        revocation: None,
                        holder_erased: false,
                        crossings: vec![],
                        history: vec![],
                    },
                );
            }
            Command::RevokePass { pass, revoked_on, reason } => {
                self.passes.get_mut(&pass).expect("decided").revocation = Some(Revocation { revoked_on, reason });
                touched.push(pass.to_string());
            }
            Command::RecordCrossing { document_id, crossing_point, direction, crossed_at, presented } => {
                let id = id_at::<CrossingId>(created, 0);
                let pass = self.pass_by_document(document_id.as_str()).map(|p| p.id.clone());
                if let Some(pass) = &pass {
                    self.passes.get_mut(pass).expect("found").crossings.push(id.clone());
                    touched.push(pass.to_string());
                }
                let anomalies = record.event.anomalies.clone();
                self.crossings.insert(
                    id.clone(),
                    Crossing { id, document_id, pass, crossing_point, direction, crossed_at, presented, anomalies, history: vec![] },
                );
            }
            Command::RecordIncidents { .. }
            | Command::AmendIncident { .. }
            | Command::AddIncidentReport { .. }
            | Command::ResolveDuplicate { .. }
            | Command::SetDuplicateTolerance { .. } => {
                if register {
                    self.apply_to_register(record)
                }
            }
            Command::ReportMovement {
                crossing_point,
                border_stretch,
                observed_on,
                direction,
                group,
                people,
                source,
                description,
                incidents,
            } => {
                let id = id_at::<MovementId>(created, 0);
                self.movements.insert(
                    id.clone(),
                    MovementReport {
                        id,
                        crossing_point,
                        border_stretch,
                        observed_on,
                        direction,
                        group,
                        people,
                        source,
                        description,
                        incidents,
                        history: vec![],
                    },
                );
            }
            Command::CiteEvidence { record: target, incidents, statistic, note } => {
                let id = id_at::<CitationId>(created, 0);
                touched.push(target.to_string());
                self.citations.insert(id.clone(), Citation { id, record: target, incidents, statistic, note, history: vec![] });
            }
            Command::ErasePassHolders { passes, .. } => {
                for pass in passes {
                    self.passes.get_mut(&pass).expect("decided").holder_erased = true;
                    touched.push(pass.to_string());
                }
            }
        }
        touched.dedup();
        let stamp = Stamp { seq: record.seq, at: record.at, actor: record.actor.clone(), change: record.event.change.name().to_owned() };
        for id in &touched {
            if let Some(history) = self.history_mut(id) {
                history.push(stamp.clone());
            }
        }
        self.last_seq = Some(record.seq);
        touched
    }

    /// Fold an incident event into the register (at start, the register is
    /// rebuilt from these events alone: it has no read rows).
    pub fn apply_to_register(&mut self, record: &EventRecord) {
        match &record.event.change {
            Command::RecordIncidents { source, format, rows } => {
                let e = &record.event;
                self.incidents.record(
                    (record.seq, record.at, &record.actor),
                    source.to_string(),
                    *format,
                    rows,
                    &e.alerts,
                    &e.duplicate_candidates,
                );
            }
            Command::AmendIncident { row, reason, .. } => {
                self.incidents.amend((record.seq, record.at, &record.actor), row, reason.to_string());
            }
            Command::AddIncidentReport { incident, publisher, published_on, url, excerpt } => {
                let report = crate::incident::Report {
                    seq: record.seq,
                    at: record.at,
                    actor: record.actor.clone(),
                    publisher: publisher.to_string(),
                    published_on: *published_on,
                    url: url.as_ref().map(|u| u.as_str().to_owned()),
                    excerpt: excerpt.to_string(),
                };
                self.incidents.add_report(incident.as_str(), report);
            }
            Command::ResolveDuplicate { incident, duplicate_of, decision, note } => {
                self.incidents.decide(
                    crate::incident::Decision {
                        seq: record.seq,
                        at: record.at,
                        actor: record.actor.clone(),
                        incident: incident.to_string(),
                        other: duplicate_of.to_string(),
                        decision: *decision,
                        note: note.as_ref().map(|n| n.to_string()),
                    },
                    &record.event.alerts,
                );
            }
            Command::SetDuplicateTolerance { days, km, .. } => {
                self.incidents.set_tolerance(jirga_incidents::duplicates::Tolerance { days: i32::from(*days), km: f64::from(*km) });
            }
            _ => {}
        }
    }

    /// Does the encoded event change the incident register? Read off the
    /// command's name near the start of the bytes, without decoding them.
    pub fn changes_register(bytes: &[u8]) -> bool {
        const TAG: &[u8] = br#""change":{"type":""#;
        let head = &bytes[..bytes.len().min(4096)];
        head.windows(TAG.len()).position(|w| w == TAG).is_some_and(|at| {
            let name = &head[at + TAG.len()..];
            ["record_incidents", "amend_incident", "add_incident_report", "resolve_duplicate", "set_duplicate_tolerance"]
                .iter()
                .any(|n| name.starts_with(n.as_bytes()) && name.get(n.len()) == Some(&b'"'))
        })
    }

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

    /// A crossing point's name by its code (the code itself when unknown).
    pub fn crossing_point_name(&self, code: &str) -> String {
        self.crossing_points.values().find(|p| p.code.as_str() == code).map_or_else(|| code.to_owned(), |p| p.name.to_string())
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

/// A text that names no record kind's id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a record's id, like clm-1 (a kind's prefix, a dash and the record's number)")]
pub struct RecordRefError;

impl std::fmt::Display for RecordRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RecordRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RecordRef {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Every record kind, once: its id prefix, the state's map, id type, record type
/// and kind name. The functions that find a record by id or walk every record are
/// generated from this list, so a new kind is added here and nowhere else.
macro_rules! record_kinds {
    ($(($prefix:literal, $map:ident, $id:ident, $record:ident, $kind:literal, $collection:literal)),* $(,)?) => {
        /// Id prefix and kind of every record kind.
        pub const RECORD_KINDS: &[(&str, &str)] = &[$(($prefix, $kind)),*];

        /// The API's collection (`/api/v1/<collection>`) of every record kind, and the kind.
        pub const RECORD_COLLECTIONS: &[(&str, &str)] = &[$(($collection, $kind)),*];

        /// A reference to a record of any kind (a note's or a citation's
        /// subject), parsed at the edge: its prefix names a kind and the rest
        /// is a record number, as each kind's own id. On the wire it is the id.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum RecordRef {
            $($record($id),)*
        }

        impl RecordRef {
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$record(id) => id.as_str(),)*
                }
            }

            /// The record's kind (`"claim"`, `"agenda_item"`, ...).
            pub fn kind(&self) -> &'static str {
                match self {
                    $(Self::$record(_) => $kind,)*
                }
            }
        }

        impl std::str::FromStr for RecordRef {
            type Err = RecordRefError;

            fn from_str(text: &str) -> Result<Self, RecordRefError> {
                match text.split('-').next().unwrap_or_default() {
                    $($prefix => text.parse().map(Self::$record).map_err(|_| RecordRefError),)*
                    _ => Err(RecordRefError),
                }
            }
        }

        impl schemars::JsonSchema for RecordRef {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                "RecordRef".into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": concat!("^(", $($prefix, "|",)* ")-[1-9][0-9]{0,17}$"),
                    "examples": ["clm-1"]
                })
            }
        }

        impl State {
            fn history_mut(&mut self, id: &str) -> Option<&mut Vec<Stamp>> {
                match id.split('-').next().unwrap_or_default() {
                    $($prefix => id.parse::<$id>().ok().and_then(|id| self.$map.get_mut(&id)).map(|r| &mut r.history),)*
                    _ => None,
                }
            }

            /// The history of one record (`None` for an unknown id); its first
            /// stamp is the change that created it.
            pub fn history(&self, id: &str) -> Option<&[Stamp]> {
                match id.split('-').next().unwrap_or_default() {
                    $($prefix => id.parse::<$id>().ok().and_then(|id| self.$map.get(&id)).map(|r| r.history.as_slice()),)*
                    _ => None,
                }
            }

            /// The JSON read row of one record (`None` for an unknown id).
            pub fn record_json(&self, id: &str) -> Option<(&'static str, serde_json::Value)> {
                match id.split('-').next().unwrap_or_default() {
                    $($prefix => id.parse::<$id>().ok().and_then(|id| self.$map.get(&id)).map(|r| ($kind, serde_json::to_value(r).expect("records serialize"))),)*
                    _ => None,
                }
            }

            /// One page of the records of a kind as JSON, in id order: at most
            /// `limit` of those after the id `after` that `keep` accepts, and the
            /// cursor of the next page when more follow. Only the page is
            /// serialized, so a list of half a million notes costs one page.
            /// An `after` that is not an id of the kind is refused.
            pub fn records_json_page(
                &self,
                kind: &str,
                after: Option<&str>,
                limit: usize,
                keep: &dyn Fn(&serde_json::Value) -> bool,
            ) -> Result<(Vec<serde_json::Value>, Option<String>), IdError> {
                use std::ops::Bound::{Excluded, Unbounded};
                match kind {
                    $($kind => {
                        let records: Box<dyn Iterator<Item = (&$id, &$record)>> = match after {
                            Some(after) => Box::new(self.$map.range((Excluded(after.parse::<$id>()?), Unbounded))),
                            None => Box::new(self.$map.iter()),
                        };
                        let mut page = Vec::new();
                        for (_, record) in records {
                            let json = serde_json::to_value(record).expect("records serialize");
                            if !keep(&json) {
                                continue;
                            }
                            if page.len() == limit {
                                let last = page.last().and_then(|v: &serde_json::Value| v.get("id")).and_then(|v| v.as_str()).map(str::to_owned);
                                return Ok((page, last));
                            }
                            page.push(json);
                        }
                        Ok((page, None))
                    })*
                    _ => Ok((vec![], None)),
                }
            }

            /// Put a record read back from its read row into the state (start-up
            /// from the read tables instead of replaying every event).
            pub fn restore_record(&mut self, kind: &str, json: serde_json::Value) -> Result<(), serde_json::Error> {
                match kind {
                    $($kind => {
                        let r: $record = serde_json::from_value(json)?;
                        self.$map.insert(r.id.clone(), r);
                    })*
                    other => return Err(serde::de::Error::custom(format!("unknown record kind {other}"))),
                }
                Ok(())
            }

            /// A copy holding only the records `keep` accepts (what one reader may see).
            pub fn filtered(&self, keep: impl Fn(&str) -> bool) -> State {
                let mut out = State { last_seq: self.last_seq, ..State::default() };
                $(out.$map = self.$map.iter().filter(|(k, _)| keep(k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect();)*
                out
            }

            /// Every record of one kind as JSON, in id order (empty for an unknown kind).
            pub fn records_json(&self, kind: &str) -> Vec<serde_json::Value> {
                match kind {
                    $($kind => self.$map.values().map(|r| serde_json::to_value(r).expect("records serialize")).collect(),)*
                    _ => vec![],
                }
            }

            /// Every record id, in a stable order (for rebuilding the read tables).
            pub fn all_record_ids(&self) -> Vec<String> {
                let mut ids = Vec::new();
                $(ids.extend(self.$map.keys().map(|k| k.to_string()));)*
                ids
            }
        }
    };
}

record_kinds! {
    ("par", parties, PartyId, Party, "party", "parties"),
    ("per", people, PersonId, Person, "person", "people"),
    ("ini", initiatives, InitiativeId, Initiative, "initiative", "initiatives"),
    ("apr", approvals, ApprovalId, ApprovalRequest, "approval", "approvals"),
    ("not", notifications, NotificationId, Notification, "notification", "notifications"),
    ("lia", liaison, LiaisonId, LiaisonEntry, "liaison", "liaison"),
    ("del", delegations, DelegationId, Delegation, "delegation", "delegations"),
    ("vis", visits, VisitId, Visit, "visit", "visits"),
    ("pha", phases, PhaseId, Phase, "phase", "phases"),
    ("age", agenda_items, AgendaItemId, AgendaItem, "agenda_item", "agenda-items"),
    ("mtg", meetings, MeetingId, Meeting, "meeting", "meetings"),
    ("clm", claims, ClaimId, Claim, "claim", "claims"),
    ("com", commitments, CommitmentId, Commitment, "commitment", "commitments"),
    ("nte", notes, NoteId, Note, "note", "notes"),
    ("pol", policy_versions, PolicyVersionId, PolicyVersion, "policy_version", "policy-versions"),
    ("xpt", crossing_points, CrossingPointId, CrossingPoint, "crossing_point", "crossing-points"),
    ("pas", passes, PassId, Pass, "pass", "passes"),
    ("crs", crossings, CrossingId, Crossing, "crossing", "crossings"),
    ("mov", movements, MovementId, MovementReport, "movement", "movements"),
    ("cit", citations, CitationId, Citation, "citation", "citations"),
}

#[cfg(test)]
mod record_ref_tests {
    use super::RecordRef;
    use crate::ids::{ClaimId, InitiativeId};

    #[test]
    fn a_record_reference_names_its_kind() {
        assert_eq!("clm-3".parse::<RecordRef>(), Ok(RecordRef::Claim(ClaimId::numbered(3))));
        assert_eq!("ini-1".parse::<RecordRef>().map(|r| r.kind()), Ok("initiative"));
        let json = serde_json::to_value(RecordRef::Initiative(InitiativeId::numbered(12))).unwrap();
        assert_eq!(json, serde_json::json!("ini-12"));
        assert_eq!(serde_json::from_value::<RecordRef>(json).unwrap().as_str(), "ini-12");
    }

    #[test]
    fn another_label_for_a_record_is_not_a_reference() {
        for bad in ["", "clm", "clm-0", "clm-01", "Claim-1", "xyz-1", "clm-1 ", "clm-1x", "-1"] {
            assert!(bad.parse::<RecordRef>().is_err(), "{bad:?}");
            assert!(serde_json::from_value::<RecordRef>(serde_json::json!(bad)).is_err(), "{bad:?}");
        }
    }
}
