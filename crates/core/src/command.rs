//! Commands: what a person, a script or an operator asks the process to do.
//!
//! A command is the same value whichever interface it came through: the JSON API
//! takes it as is (`{"type": "record_meeting", ...}`), the web forms post its
//! fields, the CLI reads it from JSON lines. Field-level validity (lengths, dates,
//! known enum values) is enforced by the types when the command is parsed; the
//! rules of the process are enforced by [`crate::decide`].

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::ids::*;
use crate::incident::IncidentRows;
use crate::model::*;
use crate::pass::{Entries, PointCode, Presented};
use crate::state::RecordRef;
use crate::text::{Body, Name, PolicyText, Url};

fn yes() -> bool {
    true
}

/// Every command. Its names (`NAMES`, `name()`) are derived from the variants
/// with the same snake_case rule serde's `type` tag uses, so a new command is
/// named in one place; a test in `jirga-policy` fails when one has no Cedar
/// action and one in `jirga-web` when it has no Fluent text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, strum::IntoStaticStr, strum::VariantNames)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[strum(serialize_all = "snake_case")]
pub enum Command {
    /// Register a government body, group or international body.
    RegisterParty {
        name: Name,
        kind: PartyKind,
        #[serde(default)]
        short_name: Option<Name>,
        /// The party this one is a body of (the Foreign Ministry within the
        /// federal government).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        within: Option<PartyId>,
    },
    /// Register a person, with their name in Latin and (optionally) Arabic script.
    RegisterPerson {
        name_latin: Name,
        #[serde(default)]
        name_arabic: Option<Name>,
        #[serde(default)]
        party: Option<PartyId>,
        #[serde(default)]
        title: Option<Name>,
    },
    /// Start an initiative; its two default phases are created with it.
    LaunchInitiative {
        title: Name,
        province: PartyId,
        federal: PartyId,
        counterpart: PartyId,
        topics: Vec<Topic>,
        focal_person: PersonId,
        launched_on: Date,
        /// The substantive delegation travels only after a groundwork visit reported back.
        #[serde(default = "yes")]
        groundwork_first: bool,
    },
    /// Turn the groundwork-first rule on or off for one initiative.
    ChangeInitiativeSettings {
        initiative: InitiativeId,
        groundwork_first: bool,
    },
    /// The province asks the federal government for approval of its plans.
    RequestApproval {
        initiative: InitiativeId,
        topics: Vec<Topic>,
        planned_delegations: u32,
        requested_on: Date,
        #[serde(default)]
        note: Option<Body>,
    },
    /// The federal side decides a pending approval request.
    DecideApproval {
        request: ApprovalId,
        decision: Decision,
        decided_on: Date,
        /// Terms and conditions (approve) or the reasons (request changes, reject).
        #[serde(default)]
        terms: Option<Body>,
        /// Last day the approval is valid; none means until withdrawn.
        #[serde(default)]
        valid_until: Option<Date>,
        /// Approved topics; by default the requested ones. Must be a subset of them.
        #[serde(default)]
        approved_topics: Option<Vec<Topic>>,
        /// Allow phase 2 agenda items before phase 1 is concluded.
        #[serde(default)]
        waive_phase_order: bool,
        /// Conditions of an approval the province must report on
        /// (`report_on_condition`), each shown until it has a report.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        conditions: Vec<Body>,
    },
    /// The province reports on one condition of a granted approval.
    ReportOnCondition {
        request: ApprovalId,
        /// The condition's number, from 1, in the order the decision set them.
        condition: u32,
        reported_on: Date,
        report: Body,
    },
    /// The federal side suspends a granted approval: everything that needs an
    /// approval stops until it is reinstated.
    SuspendApproval {
        request: ApprovalId,
        suspended_on: Date,
        reason: Body,
    },
    /// The federal side lifts a suspension.
    ReinstateApproval {
        request: ApprovalId,
        reinstated_on: Date,
        reason: Body,
    },
    /// The federal side withdraws a granted approval for good.
    WithdrawApproval {
        request: ApprovalId,
        withdrawn_on: Date,
        reason: Body,
    },
    /// The federal side waives the phase order after approval.
    WaivePhaseOrder {
        initiative: InitiativeId,
        waived_on: Date,
        reason: Body,
    },
    /// The province asks the federal side to relax a rule that protects it (the
    /// phase order, groundwork first). Only the federal side relaxes it
    /// (`waive_phase_order`, `change_initiative_settings`, which grant the
    /// request) or refuses (`refuse_waiver`); until then the request waits.
    RequestWaiver {
        initiative: InitiativeId,
        rule: WaivableRule,
        requested_on: Date,
        reason: Body,
    },
    /// The federal side refuses the province's pending request to relax a rule.
    RefuseWaiver {
        initiative: InitiativeId,
        rule: WaivableRule,
        refused_on: Date,
        reason: Body,
    },
    /// The province formally notifies the federal government of its plans.
    NotifyFederalGovernment {
        initiative: InitiativeId,
        subject: Name,
        body: Body,
        sent_on: Date,
    },
    /// The federal government acknowledges a notification.
    AcknowledgeNotification {
        notification: NotificationId,
        acknowledged_on: Date,
        acknowledged_by: Name,
    },
    /// Ask the federal government for guidance (liaison log).
    RequestGuidance {
        initiative: InitiativeId,
        question: Body,
        asked_on: Date,
    },
    /// Record the federal answer to a request for guidance.
    AnswerGuidance {
        entry: LiaisonId,
        answer: Body,
        answered_on: Date,
    },
    /// Form a delegation; the initiative's focal person must be among its members.
    FormDelegation {
        initiative: InitiativeId,
        name: Name,
        purpose: Purpose,
        members: Vec<MemberSpec>,
        formed_on: Date,
    },
    AddDelegationMember {
        delegation: DelegationId,
        person: PersonId,
        role: Role,
    },
    RemoveDelegationMember {
        delegation: DelegationId,
        person: PersonId,
    },
    /// Plan a visit of a delegation to the counterpart.
    PlanVisit {
        delegation: DelegationId,
        destination: Name,
        planned_for: Date,
    },
    /// Record that a planned visit took place.
    RecordTravel {
        visit: VisitId,
        travelled_on: Date,
        /// It travelled outside the rules (before the approval, before the
        /// formal notification, the substantive delegation before the
        /// groundwork visit reported): record it as a breach, which the
        /// federal side is shown until it acknowledges it.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        as_breach: bool,
    },
    /// Record the delegation's report back after the visit.
    ReportBack {
        visit: VisitId,
        reported_on: Date,
        report: Body,
    },
    /// Add a phase after the default ones.
    AddPhase {
        initiative: InitiativeId,
        title: Name,
        topics: Vec<Topic>,
    },
    ConcludePhase {
        phase: PhaseId,
        concluded_on: Date,
        #[serde(default)]
        summary: Option<Body>,
    },
    AddAgendaItem {
        phase: PhaseId,
        title: Name,
        topic: Topic,
    },
    /// Record a meeting that was held, with what was discussed and what came of it.
    RecordMeeting {
        initiative: InitiativeId,
        held_on: Date,
        place: Name,
        participants: Vec<PersonId>,
        #[serde(default)]
        agenda_items: Vec<AgendaItemId>,
        #[serde(default)]
        minutes: Option<Body>,
        #[serde(default)]
        outcomes: Vec<OutcomeSpec>,
        /// It happened outside the rules (before the approval, on a topic not
        /// approved...): record it as what it is, a breach the federal side is
        /// shown until it acknowledges it. A meeting within the rules is not one.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        as_breach: bool,
    },
    /// The federal side acknowledges a breach recorded with a meeting.
    AcknowledgeBreach {
        meeting: MeetingId,
        acknowledged_on: Date,
        note: Body,
    },
    /// The federal side acknowledges a breach recorded with a visit.
    AcknowledgeTravelBreach {
        visit: VisitId,
        acknowledged_on: Date,
        note: Body,
    },
    /// State a proposition the parties take positions on.
    StateClaim {
        initiative: InitiativeId,
        topic: Topic,
        proposition: Body,
    },
    /// Record one party's position on a claim, with its source.
    RecordPosition {
        claim: ClaimId,
        party: PartyId,
        /// The person whose own position it is (a commentator, an official
        /// speaking for themselves), of `party`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        person: Option<PersonId>,
        stance: Stance,
        statement: Body,
        stated_on: Date,
        source: Source,
    },
    DraftCommitment {
        initiative: InitiativeId,
        text: Body,
        topic: Topic,
        phase: PhaseId,
        bound: Vec<PartyId>,
        owner: PersonId,
        #[serde(default)]
        due_on: Option<Date>,
        drafted_on: Date,
        /// Areas of the national framework it touches (border status, extradition, ...).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        areas: Vec<FrameworkArea>,
        /// Financial liability it creates, in PKR.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        financial_amount: Option<u64>,
    },
    /// The federal side concurs with a commitment the guardrail sent to it.
    ConcurWithCommitment {
        commitment: CommitmentId,
        concurred_on: Date,
        concurred_by: Name,
        #[serde(default)]
        note: Option<Body>,
    },
    /// Move a commitment along draft → proposed → agreed → in progress → fulfilled / lapsed / withdrawn.
    ChangeCommitmentStatus {
        commitment: CommitmentId,
        to: CommitmentStatus,
        on: Date,
        #[serde(default)]
        note: Option<Body>,
    },
    /// The counterpart accepts a proposed commitment, in a meeting with it
    /// where something was agreed; its own user records this. A commitment is
    /// agreed only once the counterpart has accepted it.
    AcceptCommitment {
        commitment: CommitmentId,
        meeting: MeetingId,
        accepted_on: Date,
        #[serde(default)]
        note: Option<Body>,
    },
    /// The delegation reports the counterpart's acceptance of a proposed
    /// commitment in a meeting, with the source that shows it (signed
    /// minutes, the counterpart's published statement).
    ReportAcceptance {
        commitment: CommitmentId,
        meeting: MeetingId,
        accepted_on: Date,
        source: Source,
    },
    ReportProgress {
        commitment: CommitmentId,
        reported_on: Date,
        note: Body,
        #[serde(default)]
        percent: Option<u8>,
    },
    /// Add a note to any record (an observation, a reminder); notes decide nothing.
    AddNote {
        record: RecordRef,
        text: Body,
    },
    /// Register a border crossing point passes may name.
    RegisterCrossingPoint {
        code: PointCode,
        name: Name,
        #[serde(default)]
        name_arabic: Option<Name>,
    },
    /// Record the public half of a pass the pass office signed. Carries no
    /// personal data: the holder's is committed to by `holder_commitment` and
    /// stored apart (the engine refuses this command without it).
    IssuePass {
        document_id: Name,
        purpose: PassPurpose,
        crossing_points: Vec<PointCode>,
        valid_from: Date,
        valid_until: Date,
        entries: Entries,
        authority: Name,
        /// Base64 of the signing key's kid.
        kid: Name,
        issued_on: Date,
        holder_commitment: Name,
    },
    /// Withdraw a pass before its expiry; it goes on the revocation list.
    RevokePass {
        pass: PassId,
        revoked_on: Date,
        reason: Body,
    },
    /// A border officer records a pass presented for entry or exit. Built by
    /// the border post from its own verification (`pass::VerifiedCrossing`),
    /// never taken from a client: not in the API's command schema.
    #[schemars(skip)]
    RecordCrossing {
        document_id: Name,
        crossing_point: PointCode,
        direction: Direction,
        crossed_at: jiff::Timestamp,
        presented: Presented,
    },
    /// Erase the holders' data of passes whose retention has ended. The passes'
    /// records and every event stay; only the personal-data rows go.
    ErasePassHolders {
        passes: Vec<PassId>,
        erased_on: Date,
        reason: Body,
    },
    /// Record incidents: one chunk of an ACLED or UCDP import, or an incident
    /// an analyst entered by hand. Rules may raise alerts in the same event.
    RecordIncidents {
        /// Where they come from (a file's name and its publisher, or "hand entry").
        source: Name,
        format: IncidentFormat,
        rows: IncidentRows,
    },
    /// Replace an incident's values (one ACLED row with the same
    /// `event_id_cnty`); the version it replaces stays in its history.
    AmendIncident {
        incident: Name,
        row: IncidentRows,
        reason: Body,
    },
    /// Add a source report (publisher, date, URL, excerpt) to an incident.
    AddIncidentReport {
        incident: Name,
        publisher: Name,
        published_on: Date,
        #[serde(default)]
        url: Option<Url>,
        excerpt: Body,
    },
    /// Decide on a likely duplicate: merge `incident` into `duplicate_of`, or
    /// keep them apart. Nothing is deleted; every report stays.
    ResolveDuplicate {
        incident: Name,
        duplicate_of: Name,
        decision: DuplicateDecision,
        #[serde(default)]
        note: Option<Body>,
    },
    /// Reported militant movement across a crossing point or a stretch of the border.
    ReportMovement {
        #[serde(default)]
        crossing_point: Option<PointCode>,
        #[serde(default)]
        border_stretch: Option<Name>,
        observed_on: Date,
        direction: MovementDirection,
        group: Name,
        #[serde(default)]
        people: Option<u32>,
        source: Source,
        description: Body,
        /// Incidents (`event_id_cnty`) the movement is linked to.
        #[serde(default)]
        incidents: Vec<Name>,
    },
    /// Set how far apart (days, kilometres) a hand entry and an incident on the
    /// record may be and still be offered as one incident.
    SetDuplicateTolerance {
        days: u8,
        km: u16,
        reason: Body,
    },
    /// Cite incidents, or a statistic (the query of a statistics view), as
    /// evidence on an agenda item or a claim.
    CiteEvidence {
        record: RecordRef,
        #[serde(default)]
        incidents: Vec<Name>,
        #[serde(default)]
        statistic: Option<Name>,
        note: Body,
    },
    /// Register a community (a tribe, a sub-tribe or clan, a locality's
    /// community) with the districts it lives in on either side of the border.
    RegisterCommunity {
        name_latin: Name,
        #[serde(default)]
        name_arabic: Option<Name>,
        kind: CommunityKind,
        districts: Vec<BorderDistrict>,
        /// The tribe it is part of.
        #[serde(default)]
        part_of: Option<CommunityId>,
        /// Communities it neighbours, across the border or beside it.
        #[serde(default)]
        neighbours: Vec<CommunityId>,
    },
    /// Record a person as an elder or representative of a community.
    AddElder {
        community: CommunityId,
        person: PersonId,
        standing: ElderStanding,
        since: Date,
    },
    /// Record a grievance a community raised, with its source. A sensitive
    /// one (a complaint about a security operation) names no raiser here: the
    /// raiser is kept apart, like a pass holder's data, and the event carries
    /// only `raiser_commitment`.
    RaiseGrievance {
        community: CommunityId,
        /// The elder who raised it on the community's behalf.
        #[serde(default)]
        raised_by: Option<PersonId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        raiser_commitment: Option<Name>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        sensitive: bool,
        topic: GrievanceTopic,
        #[serde(default)]
        district: Option<BorderDistrict>,
        #[serde(default)]
        place: Option<Name>,
        raised_on: Date,
        text: Body,
        source: Source,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        agenda_items: Vec<AgendaItemId>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        commitments: Vec<CommitmentId>,
    },
    /// Take a grievance a step on: acknowledged, referred (to an authority),
    /// addressed (by a commitment or measure), resolved or closed (with the reason).
    AdvanceGrievance {
        grievance: GrievanceId,
        to: GrievanceStatus,
        on: Date,
        #[serde(default)]
        note: Option<Body>,
        #[serde(default)]
        referred_to: Option<PartyId>,
        #[serde(default)]
        commitment: Option<CommitmentId>,
    },
    /// Mark a commitment as a confidence-building measure between communities
    /// and/or authorities that are, together, on both sides of the border.
    MarkConfidenceBuilding {
        commitment: CommitmentId,
        #[serde(default)]
        communities: Vec<CommunityId>,
        #[serde(default)]
        parties: Vec<PartyId>,
        marked_on: Date,
    },
    /// Add a delivery milestone to a commitment, with an indicator to measure.
    AddMilestone {
        commitment: CommitmentId,
        title: Name,
        due_on: Date,
        #[serde(default)]
        indicator: Option<Name>,
        #[serde(default)]
        target: Option<u64>,
    },
    /// Report on a milestone: the indicator's value on a day, and whether it is met.
    ReportMilestone {
        commitment: CommitmentId,
        /// The milestone's number, from 1.
        milestone: u32,
        on: Date,
        #[serde(default)]
        value: Option<u64>,
        #[serde(default)]
        met: bool,
        #[serde(default)]
        note: Option<Body>,
    },
    /// Score a commitment's implementation on the Peace Accords Matrix scale
    /// (0 not implemented, 1 minimal, 2 intermediate, 3 full), with its evidence.
    ScoreImplementation {
        commitment: CommitmentId,
        score: u8,
        scored_on: Date,
        /// Required: a score without evidence is refused (`evidence_required`).
        #[serde(default)]
        evidence: Option<Evidence>,
    },
    /// Register a representative's public key (a signed-note Ed25519 verifier
    /// key) for signing agreements on behalf of a government party: the
    /// province's own, or the counterpart's as exchanged with it.
    RegisterSigningKey {
        party: PartyId,
        person: PersonId,
        key: Name,
        registered_on: Date,
    },
    /// Record one side's signature of an agreed commitment's canonical text
    /// (`jirga_core::agreement::text`), made on its own instance or offline
    /// (`jirga cosign`): recorded only once it verifies with a key registered
    /// for a party the commitment binds.
    CosignAgreement {
        commitment: CommitmentId,
        /// The signed-note signature line (`— <key name> <base64>`).
        signature: Name,
    },
    /// Record one side's signature of an outcome agreed in a meeting (its
    /// canonical text, `jirga_core::agreement::subject_text`), verified like
    /// an agreement's against a key registered for a government party of the
    /// meeting's participants.
    CosignOutcome {
        meeting: MeetingId,
        /// The outcome's number, from 1.
        outcome: u32,
        signature: Name,
    },
    /// Erase who raised a sensitive grievance once it is resolved or closed:
    /// the row kept apart goes; the event's commitment stays and, its salt
    /// gone, reveals nothing.
    EraseGrievanceRaiser {
        grievance: GrievanceId,
        erased_on: Date,
        reason: Body,
    },
    /// Propose to replace one policy set. `previous` is the text being
    /// replaced, so two administrators cannot overwrite each other's change
    /// unknowingly; the authorizer validates `text` against the schema before
    /// the change is decided. The new text takes force only when the federal
    /// side approves it (`approve_policy_change`): two organizations, two
    /// people, both on the record. The operator's break-glass alone takes
    /// force at once (`Event::break_glass`).
    ChangePolicies {
        policy_set: PolicySetName,
        previous: PolicyText,
        text: PolicyText,
        reason: Body,
    },
    /// The federal side approves a proposed policy change: it takes force.
    ApprovePolicyChange {
        version: PolicyVersionId,
        approved_on: Date,
        #[serde(default)]
        note: Option<Body>,
    },
    /// The federal side refuses a proposed policy change: it never takes force.
    RefusePolicyChange {
        version: PolicyVersionId,
        refused_on: Date,
        reason: Body,
    },
}

/// A member of a delegation being formed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberSpec {
    pub person: PersonId,
    pub role: Role,
}

/// One outcome of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeSpec {
    #[serde(default)]
    pub agenda_item: Option<AgendaItemId>,
    pub result: OutcomeResult,
    pub text: Body,
}

impl Command {
    /// Every command name, in declaration order (the authorization matrix).
    pub const NAMES: &'static [&'static str] = <Command as strum::VariantNames>::VARIANTS;

    /// The existing record the command acts on (`None` for commands that only
    /// create records outside any initiative). The authorizer judges the command
    /// against this record: whose request it is, what it is.
    pub fn target(&self) -> Option<&str> {
        use Command::*;
        Some(match self {
            RegisterParty { .. }
            | RegisterPerson { .. }
            | LaunchInitiative { .. }
            | ChangePolicies { .. }
            | RegisterCrossingPoint { .. }
            | IssuePass { .. }
            | RecordCrossing { .. }
            | ErasePassHolders { .. } => return None,
            // Incidents are not records of the process: their commands judge no record.
            RecordIncidents { .. }
            | AmendIncident { .. }
            | AddIncidentReport { .. }
            | ResolveDuplicate { .. }
            | ReportMovement { .. }
            | SetDuplicateTolerance { .. } => return None,
            CiteEvidence { record, .. } => record.as_str(),
            // Communities stand outside any initiative.
            RegisterCommunity { .. } => return None,
            RegisterSigningKey { party, .. } => party.as_str(),
            CosignAgreement { commitment, .. } => commitment.as_str(),
            CosignOutcome { meeting, .. } => meeting.as_str(),
            AddElder { community, .. } | RaiseGrievance { community, .. } => community.as_str(),
            AdvanceGrievance { grievance, .. } | EraseGrievanceRaiser { grievance, .. } => grievance.as_str(),
            MarkConfidenceBuilding { commitment, .. }
            | AddMilestone { commitment, .. }
            | ReportMilestone { commitment, .. }
            | ScoreImplementation { commitment, .. } => commitment.as_str(),
            RevokePass { pass, .. } => pass.as_str(),
            ChangeInitiativeSettings { initiative, .. }
            | RequestApproval { initiative, .. }
            | WaivePhaseOrder { initiative, .. }
            | RequestWaiver { initiative, .. }
            | RefuseWaiver { initiative, .. }
            | NotifyFederalGovernment { initiative, .. }
            | RequestGuidance { initiative, .. }
            | FormDelegation { initiative, .. }
            | AddPhase { initiative, .. }
            | RecordMeeting { initiative, .. }
            | StateClaim { initiative, .. }
            | DraftCommitment { initiative, .. } => initiative.as_str(),
            DecideApproval { request, .. }
            | ReportOnCondition { request, .. }
            | SuspendApproval { request, .. }
            | ReinstateApproval { request, .. }
            | WithdrawApproval { request, .. } => request.as_str(),
            AcknowledgeNotification { notification, .. } => notification.as_str(),
            AnswerGuidance { entry, .. } => entry.as_str(),
            AddDelegationMember { delegation, .. } | RemoveDelegationMember { delegation, .. } | PlanVisit { delegation, .. } => {
                delegation.as_str()
            }
            RecordTravel { visit, .. } | ReportBack { visit, .. } | AcknowledgeTravelBreach { visit, .. } => visit.as_str(),
            ConcludePhase { phase, .. } | AddAgendaItem { phase, .. } => phase.as_str(),
            RecordPosition { claim, .. } => claim.as_str(),
            AcknowledgeBreach { meeting, .. } => meeting.as_str(),
            ConcurWithCommitment { commitment, .. }
            | ChangeCommitmentStatus { commitment, .. }
            | AcceptCommitment { commitment, .. }
            | ReportAcceptance { commitment, .. }
            | ReportProgress { commitment, .. } => commitment.as_str(),
            AddNote { record, .. } => record.as_str(),
            ApprovePolicyChange { version, .. } | RefusePolicyChange { version, .. } => version.as_str(),
        })
    }

    /// Commands the server builds itself from what it verified, which no client
    /// may submit as they are: a crossing's "verifier findings" and time come
    /// from the border post's own check of the presented document
    /// ([`crate::pass::VerifiedCrossing`]), never from the request.
    pub fn built_by_server(&self) -> bool {
        matches!(self, Command::RecordCrossing { .. })
    }

    /// The day on which the command says something was done, and its field:
    /// that day cannot be later than the day it is recorded (a meeting "held"
    /// years from now is a plan, not a fact). Plans (`planned_for`), validity
    /// periods and due dates are not facts and are not here.
    pub fn done_on(&self) -> Option<(&'static str, Date)> {
        use Command::*;
        Some(match self {
            LaunchInitiative { launched_on, .. } => ("launched_on", *launched_on),
            RequestApproval { requested_on, .. } => ("requested_on", *requested_on),
            DecideApproval { decided_on, .. } => ("decided_on", *decided_on),
            ReportOnCondition { reported_on, .. } => ("reported_on", *reported_on),
            SuspendApproval { suspended_on, .. } => ("suspended_on", *suspended_on),
            ReinstateApproval { reinstated_on, .. } => ("reinstated_on", *reinstated_on),
            WithdrawApproval { withdrawn_on, .. } => ("withdrawn_on", *withdrawn_on),
            WaivePhaseOrder { waived_on, .. } => ("waived_on", *waived_on),
            RequestWaiver { requested_on, .. } => ("requested_on", *requested_on),
            RefuseWaiver { refused_on, .. } => ("refused_on", *refused_on),
            NotifyFederalGovernment { sent_on, .. } => ("sent_on", *sent_on),
            AcknowledgeNotification { acknowledged_on, .. }
            | AcknowledgeBreach { acknowledged_on, .. }
            | AcknowledgeTravelBreach { acknowledged_on, .. } => ("acknowledged_on", *acknowledged_on),
            RequestGuidance { asked_on, .. } => ("asked_on", *asked_on),
            AnswerGuidance { answered_on, .. } => ("answered_on", *answered_on),
            FormDelegation { formed_on, .. } => ("formed_on", *formed_on),
            RecordTravel { travelled_on, .. } => ("travelled_on", *travelled_on),
            ReportBack { reported_on, .. } | ReportProgress { reported_on, .. } => ("reported_on", *reported_on),
            ConcludePhase { concluded_on, .. } => ("concluded_on", *concluded_on),
            RecordMeeting { held_on, .. } => ("held_on", *held_on),
            RecordPosition { stated_on, .. } => ("stated_on", *stated_on),
            DraftCommitment { drafted_on, .. } => ("drafted_on", *drafted_on),
            ConcurWithCommitment { concurred_on, .. } => ("concurred_on", *concurred_on),
            ChangeCommitmentStatus { on, .. } => ("on", *on),
            AcceptCommitment { accepted_on, .. } | ReportAcceptance { accepted_on, .. } => ("accepted_on", *accepted_on),
            RevokePass { revoked_on, .. } => ("revoked_on", *revoked_on),
            ApprovePolicyChange { approved_on, .. } => ("approved_on", *approved_on),
            RefusePolicyChange { refused_on, .. } => ("refused_on", *refused_on),
            AddElder { since, .. } => ("since", *since),
            RaiseGrievance { raised_on, .. } => ("raised_on", *raised_on),
            AdvanceGrievance { on, .. } | ReportMilestone { on, .. } => ("on", *on),
            MarkConfidenceBuilding { marked_on, .. } => ("marked_on", *marked_on),
            ScoreImplementation { scored_on, .. } => ("scored_on", *scored_on),
            RegisterSigningKey { registered_on, .. } => ("registered_on", *registered_on),
            EraseGrievanceRaiser { erased_on, .. } => ("erased_on", *erased_on),
            _ => return None,
        })
    }

    /// The command's snake_case name, as in its JSON `type`.
    pub fn name(&self) -> &'static str {
        self.into()
    }
}
