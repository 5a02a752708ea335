//! Every way a command can break a rule of the process, each with a stable code.
//!
//! The code is the API's JSON `code`, the CLI's message key and the Fluent id of the
//! human text (`error-<code>`); [`RuleError::args`] supplies that text's arguments.

use jiff::civil::Date;

use crate::model::{CommitmentStatus, GrievanceStatus, Topic};

/// How a rule error should be answered at the HTTP edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// A referenced record does not exist (404).
    NotFound,
    /// The request is well-formed but the process forbids it now (409).
    Conflict,
    /// The request contradicts itself or its fields are unusable (422).
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {:?}", self.code(), self.args())]
pub enum RuleError {
    NotFound {
        kind: &'static str,
        id: String,
    },
    NotApproved,
    ApprovalNotYetGranted {
        decided_on: Date,
    },
    ApprovalLapsed {
        valid_until: Date,
    },
    TopicNotApproved {
        topic: Topic,
    },
    TopicNotInInitiative {
        topic: Topic,
    },
    ApprovedTopicsNotRequested {
        topic: Topic,
    },
    ApprovalPending,
    AlreadyDecided,
    FocalPersonRequired,
    FocalPersonCannotBeRemoved,
    AlreadyMember,
    NotAMember,
    GroundworkNotReported,
    PhaseOrder {
        phase: u32,
    },
    PhaseAlreadyConcluded,
    CommitmentWithdrawn,
    InvalidTransition {
        from: CommitmentStatus,
        to: CommitmentStatus,
    },
    NotActive {
        status: CommitmentStatus,
    },
    DateOrder {
        field: &'static str,
        earlier: &'static str,
        bound: Date,
    },
    AlreadyTravelled,
    NotTravelled,
    AlreadyReported,
    AlreadyAcknowledged,
    AlreadyAnswered,
    WrongPartyKind {
        field: &'static str,
        expected: &'static str,
    },
    WrongInitiative {
        field: &'static str,
    },
    EmptyList {
        field: &'static str,
    },
    Duplicate {
        field: &'static str,
        value: String,
    },
    OutOfRange {
        field: &'static str,
        min: u32,
        max: u32,
    },
    NotDiscussed {
        item: String,
    },
    FrameworkForbidden {
        reasons: String,
    },
    ConcurrenceRequired {
        reasons: String,
    },
    ConcurrenceNotNeeded,
    AlreadyConcurred,
    PolicyChangedMeanwhile {
        version: String,
    },
    PolicyUnchanged,
    UnknownCrossingPoint {
        code: String,
    },
    CrossingPointExists {
        code: String,
    },
    DocumentIdTaken,
    PassAlreadyRevoked,
    ValidityTooLong {
        max_days: i32,
    },
    /// A pass may not be erased before its retention ends (after its validity or revocation).
    RetentionNotEnded {
        pass: String,
    },
    HolderAlreadyErased {
        pass: String,
    },
    /// `issue_pass` comes only from the pass office, with the holder's data to keep apart.
    HolderDataRequired,
    /// `record_crossing` comes only from the border post, which verifies the
    /// presented document itself and takes the crossing's time from its clock:
    /// a client's "verifier findings" are never taken on trust.
    VerifiedDocumentRequired,
    DateInFuture {
        field: &'static str,
    },
    /// A medical pass must cover the appointment.
    AppointmentOutsideValidity,
    /// The photo's fingerprint typed beside an uploaded photo is not that
    /// photo's: the two disagree about whose face the pass is for.
    PhotoHashMismatch,
    /// A field's text is not in the form it must have (`expected` says which).
    FieldFormat {
        field: &'static str,
        expected: &'static str,
    },
    /// An incident with this `event_id_cnty` is on the record already.
    IncidentExists {
        id: String,
    },
    /// The incident was merged into another; act on that one.
    IncidentMerged {
        id: String,
        into: String,
    },
    /// Evidence may be cited only on an agenda item or a claim.
    NotCitable {
        record: String,
    },
    /// A rule that protects the federal side is relaxed only by a federal decision.
    FederalDecisionRequired {
        rule: &'static str,
    },
    /// A phase concludes only after a meeting discussed one of its agenda items.
    PhaseNotDiscussed,
    /// The idempotency key was used before with another command.
    IdempotencyKeyReused,
    /// The federal side suspended the approval; what needs it waits.
    ApprovalSuspended {
        since: Date,
        reason: String,
    },
    /// The federal side withdrew the approval; a new request is needed.
    ApprovalWithdrawn {
        since: Date,
        reason: String,
    },
    AlreadySuspended,
    NotSuspended,
    /// A meeting recorded as a breach broke no rule: record it as a meeting.
    NotABreach,
    /// The meeting was not recorded as a breach.
    NotABreachRecord,
    /// No delegation travels before the federal government was formally notified.
    NotNotified,
    /// The rule is already relaxed for this initiative: there is nothing to ask.
    WaiverNotNeeded,
    /// A request to relax this rule is already waiting for the federal side.
    WaiverPending,
    /// No request to relax this rule is waiting.
    NoWaiverRequest,
    /// Only a proposed commitment can be accepted by the counterpart.
    NotProposed {
        status: CommitmentStatus,
    },
    /// The counterpart's acceptance of this commitment is on the record already.
    AlreadyAccepted,
    /// A commitment is agreed only once the counterpart has accepted it in a meeting.
    NotAccepted,
    /// An acceptance is given in a meeting with the other side.
    MeetingNotWithCounterpart,
    /// A meeting held outside the rules (a breach) cannot produce an agreement.
    MeetingWasABreach,
    /// The meeting records no outcome that was agreed.
    NothingAgreedInMeeting,
    /// The approval sets no condition with this number.
    NoSuchCondition {
        condition: u32,
        conditions: u32,
    },
    /// The person is an elder of this community already.
    AlreadyAnElder,
    /// An elder speaks for a community, not for a government.
    ElderOfAGovernment,
    /// A grievance is raised by its community's own elder.
    NotAnElder,
    /// A sensitive grievance's raiser is kept apart: never in the event.
    SensitiveRaiserInTheOpen,
    /// A sensitive grievance committed to a raiser came without the raiser to keep apart.
    RaiserDataRequired,
    /// A grievance cannot take this step from where it stands.
    InvalidGrievanceStep {
        from: GrievanceStatus,
        to: GrievanceStatus,
    },
    /// A step needs a field it was not given (a referral its authority, an
    /// addressed grievance its commitment).
    StepIncomplete {
        field: &'static str,
    },
    /// A grievance is resolved or closed only with the reason.
    ReasonRequired,
    /// A confidence-building measure is between both sides of the border.
    MeasureOneSided,
    /// The commitment is marked as a confidence-building measure already.
    AlreadyAMeasure,
    /// The commitment has no milestone with this number.
    NoSuchMilestone {
        milestone: u32,
        milestones: u32,
    },
    /// The milestone was reported met already.
    MilestoneAlreadyMet,
    /// A score rests on evidence.
    EvidenceRequired,
    /// Only an agreed commitment is signed by both sides.
    NotAgreed {
        status: CommitmentStatus,
    },
    /// The signature is by no key registered for a party the commitment binds.
    UnknownSigningKey,
    /// The signature does not verify over this agreement's text (it was made over another).
    SignatureMismatch,
    /// This key has signed the agreement already.
    AlreadySigned,
    /// The meeting records no outcome with this number.
    NoSuchOutcome {
        outcome: u32,
        outcomes: u32,
    },
    /// Only an outcome agreed (in a meeting held within the rules) is signed by both sides.
    OutcomeNotAgreed,
    /// The grievance keeps no raiser apart (not sensitive, anonymous, or erased already).
    NoRaiserKept,
    /// A raiser is erased only once the grievance is resolved or closed.
    GrievanceStillOpen,
}

impl RuleError {
    pub fn not_found(kind: &'static str, id: impl ToString) -> Self {
        RuleError::NotFound { kind, id: id.to_string() }
    }

    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        use RuleError::*;
        match self {
            NotFound { .. } => "not_found",
            NotApproved => "not_approved",
            ApprovalNotYetGranted { .. } => "approval_not_yet_granted",
            ApprovalLapsed { .. } => "approval_lapsed",
            TopicNotApproved { .. } => "topic_not_approved",
            TopicNotInInitiative { .. } => "topic_not_in_initiative",
            ApprovedTopicsNotRequested { .. } => "approved_topics_not_requested",
            ApprovalPending => "approval_pending",
            AlreadyDecided => "already_decided",
            FocalPersonRequired => "focal_person_required",
            FocalPersonCannotBeRemoved => "focal_person_cannot_be_removed",
            AlreadyMember => "already_member",
            NotAMember => "not_a_member",
            GroundworkNotReported => "groundwork_not_reported",
            PhaseOrder { .. } => "phase_order",
            PhaseAlreadyConcluded => "phase_already_concluded",
            CommitmentWithdrawn => "commitment_withdrawn",
            InvalidTransition { .. } => "invalid_transition",
            NotActive { .. } => "commitment_not_active",
            DateOrder { .. } => "date_order",
            AlreadyTravelled => "already_travelled",
            NotTravelled => "not_travelled",
            AlreadyReported => "already_reported",
            AlreadyAcknowledged => "already_acknowledged",
            AlreadyAnswered => "already_answered",
            WrongPartyKind { .. } => "wrong_party_kind",
            WrongInitiative { .. } => "wrong_initiative",
            EmptyList { .. } => "empty_list",
            Duplicate { .. } => "duplicate",
            OutOfRange { .. } => "out_of_range",
            NotDiscussed { .. } => "not_discussed",
            FrameworkForbidden { .. } => "framework_forbidden",
            ConcurrenceRequired { .. } => "concurrence_required",
            ConcurrenceNotNeeded => "concurrence_not_needed",
            AlreadyConcurred => "already_concurred",
            PolicyChangedMeanwhile { .. } => "policy_changed_meanwhile",
            PolicyUnchanged => "policy_unchanged",
            UnknownCrossingPoint { .. } => "unknown_crossing_point",
            CrossingPointExists { .. } => "crossing_point_exists",
            DocumentIdTaken => "document_id_taken",
            PassAlreadyRevoked => "pass_already_revoked",
            ValidityTooLong { .. } => "validity_too_long",
            RetentionNotEnded { .. } => "retention_not_ended",
            HolderAlreadyErased { .. } => "holder_already_erased",
            HolderDataRequired => "holder_data_required",
            VerifiedDocumentRequired => "verified_document_required",
            DateInFuture { .. } => "date_in_future",
            AppointmentOutsideValidity => "appointment_outside_validity",
            PhotoHashMismatch => "photo_hash_mismatch",
            FieldFormat { .. } => "field_format",
            IncidentExists { .. } => "incident_exists",
            IncidentMerged { .. } => "incident_merged",
            NotCitable { .. } => "not_citable",
            FederalDecisionRequired { .. } => "federal_decision_required",
            PhaseNotDiscussed => "phase_not_discussed",
            IdempotencyKeyReused => "idempotency_key_reused",
            ApprovalSuspended { .. } => "approval_suspended",
            ApprovalWithdrawn { .. } => "approval_withdrawn",
            AlreadySuspended => "already_suspended",
            NotSuspended => "not_suspended",
            WaiverNotNeeded => "waiver_not_needed",
            WaiverPending => "waiver_pending",
            NoWaiverRequest => "no_waiver_request",
            NotABreach => "not_a_breach",
            NotABreachRecord => "not_a_breach_record",
            NotNotified => "federal_government_not_notified",
            NotProposed { .. } => "not_proposed",
            AlreadyAccepted => "already_accepted",
            NotAccepted => "not_accepted_by_counterpart",
            MeetingNotWithCounterpart => "meeting_not_with_counterpart",
            MeetingWasABreach => "meeting_was_a_breach",
            NothingAgreedInMeeting => "nothing_agreed_in_meeting",
            NoSuchCondition { .. } => "no_such_condition",
            AlreadyAnElder => "already_an_elder",
            ElderOfAGovernment => "elder_of_a_government",
            NotAnElder => "not_an_elder",
            SensitiveRaiserInTheOpen => "sensitive_raiser_in_the_open",
            RaiserDataRequired => "raiser_data_required",
            InvalidGrievanceStep { .. } => "invalid_grievance_step",
            StepIncomplete { .. } => "step_incomplete",
            ReasonRequired => "reason_required",
            MeasureOneSided => "measure_one_sided",
            AlreadyAMeasure => "already_a_measure",
            NoSuchMilestone { .. } => "no_such_milestone",
            MilestoneAlreadyMet => "milestone_already_met",
            EvidenceRequired => "evidence_required",
            NotAgreed { .. } => "not_agreed",
            UnknownSigningKey => "unknown_signing_key",
            SignatureMismatch => "signature_mismatch",
            AlreadySigned => "already_signed",
            NoSuchOutcome { .. } => "no_such_outcome",
            OutcomeNotAgreed => "outcome_not_agreed",
            NoRaiserKept => "no_raiser_kept",
            GrievanceStillOpen => "grievance_still_open",
        }
    }

    pub fn class(&self) -> ErrorClass {
        use RuleError::*;
        match self {
            NotFound { .. } => ErrorClass::NotFound,
            DateOrder { .. }
            | WrongPartyKind { .. }
            | WrongInitiative { .. }
            | EmptyList { .. }
            | Duplicate { .. }
            | OutOfRange { .. }
            | NotDiscussed { .. }
            | FocalPersonRequired
            | TopicNotInInitiative { .. }
            | ApprovedTopicsNotRequested { .. }
            | PolicyUnchanged
            | UnknownCrossingPoint { .. }
            | ValidityTooLong { .. }
            | HolderDataRequired
            | VerifiedDocumentRequired
            | DateInFuture { .. }
            | AppointmentOutsideValidity
            | PhotoHashMismatch
            | FieldFormat { .. }
            | NotCitable { .. }
            | NotABreach
            | NoSuchCondition { .. }
            | SensitiveRaiserInTheOpen
            | RaiserDataRequired
            | StepIncomplete { .. }
            | ReasonRequired
            | MeasureOneSided
            | NoSuchMilestone { .. }
            | EvidenceRequired
            | UnknownSigningKey
            | SignatureMismatch
            | NoSuchOutcome { .. }
            | WaiverNotNeeded => ErrorClass::Invalid,
            _ => ErrorClass::Conflict,
        }
    }

    /// The command field the error is about, when there is one (forms put the
    /// message beside it).
    pub fn field(&self) -> Option<&'static str> {
        use RuleError::*;
        match self {
            DateOrder { field, .. }
            | WrongPartyKind { field, .. }
            | WrongInitiative { field }
            | EmptyList { field }
            | Duplicate { field, .. }
            | OutOfRange { field, .. } => Some(field),
            FocalPersonRequired => Some("members"),
            NotDiscussed { .. } => Some("outcomes"),
            TopicNotInInitiative { .. } => Some("topics"),
            ApprovedTopicsNotRequested { .. } => Some("approved_topics"),
            UnknownCrossingPoint { .. } => Some("crossing_points"),
            CrossingPointExists { .. } => Some("code"),
            ValidityTooLong { .. } => Some("valid_until"),
            DocumentIdTaken => Some("document_id"),
            DateInFuture { field } | FieldFormat { field, .. } => Some(field),
            AppointmentOutsideValidity => Some("purpose.appointment_on"),
            PhotoHashMismatch => Some("holder.photo_hash"),
            IncidentExists { .. } => Some("rows"),
            IncidentMerged { .. } => Some("incident"),
            NotCitable { .. } => Some("record"),
            NotABreach => Some("as_breach"),
            WaiverNotNeeded | WaiverPending | NoWaiverRequest => Some("rule"),
            MeetingNotWithCounterpart | MeetingWasABreach | NothingAgreedInMeeting => Some("meeting"),
            NoSuchCondition { .. } => Some("condition"),
            FederalDecisionRequired { rule } => Some(rule),
            AlreadyAnElder | ElderOfAGovernment => Some("person"),
            NotAnElder | SensitiveRaiserInTheOpen | RaiserDataRequired => Some("raised_by"),
            InvalidGrievanceStep { .. } => Some("to"),
            StepIncomplete { field } => Some(field),
            ReasonRequired => Some("note"),
            MeasureOneSided => Some("communities"),
            NoSuchMilestone { .. } | MilestoneAlreadyMet => Some("milestone"),
            EvidenceRequired => Some("evidence.description"),
            UnknownSigningKey | SignatureMismatch | AlreadySigned => Some("signature"),
            NoSuchOutcome { .. } | OutcomeNotAgreed => Some("outcome"),
            _ => None,
        }
    }

    /// Arguments of the human-readable message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        use RuleError::*;
        match self {
            NotFound { kind, id } => vec![("kind", kind.to_string()), ("id", id.clone())],
            ApprovalNotYetGranted { decided_on } => vec![("decided_on", decided_on.to_string())],
            ApprovalLapsed { valid_until } => vec![("valid_until", valid_until.to_string())],
            TopicNotApproved { topic } | TopicNotInInitiative { topic } | ApprovedTopicsNotRequested { topic } => {
                vec![("topic", topic.to_string())]
            }
            PhaseOrder { phase } => vec![("phase", phase.to_string())],
            InvalidTransition { from, to } => vec![("from", from.to_string()), ("to", to.to_string())],
            NotActive { status } | NotProposed { status } | NotAgreed { status } => vec![("status", status.to_string())],
            DateOrder { field, earlier, bound } => {
                vec![("field", field.to_string()), ("earlier", earlier.to_string()), ("bound", bound.to_string())]
            }
            WrongPartyKind { field, expected } => vec![("field", field.to_string()), ("expected", expected.to_string())],
            WrongInitiative { field } | EmptyList { field } | DateInFuture { field } => vec![("field", field.to_string())],
            Duplicate { field, value } => vec![("field", field.to_string()), ("value", value.clone())],
            OutOfRange { field, min, max } => {
                vec![("field", field.to_string()), ("min", min.to_string()), ("max", max.to_string())]
            }
            NotDiscussed { item } => vec![("item", item.clone())],
            FrameworkForbidden { reasons } | ConcurrenceRequired { reasons } => vec![("reasons", reasons.clone())],
            PolicyChangedMeanwhile { version } => vec![("version", version.clone())],
            UnknownCrossingPoint { code } | CrossingPointExists { code } => vec![("code", code.clone())],
            FieldFormat { field, expected } => vec![("field", field.to_string()), ("expected", expected.to_string())],
            ValidityTooLong { max_days } => vec![("max_days", max_days.to_string())],
            RetentionNotEnded { pass } | HolderAlreadyErased { pass } => vec![("pass", pass.clone())],
            IncidentExists { id } => vec![("id", id.clone())],
            IncidentMerged { id, into } => vec![("id", id.clone()), ("into", into.clone())],
            NotCitable { record } => vec![("record", record.clone())],
            FederalDecisionRequired { rule } => vec![("rule", rule.to_string())],
            ApprovalSuspended { since, reason } | ApprovalWithdrawn { since, reason } => {
                vec![("since", since.to_string()), ("reason", reason.clone())]
            }
            NoSuchCondition { condition, conditions } => vec![("condition", condition.to_string()), ("conditions", conditions.to_string())],
            NoSuchOutcome { outcome, outcomes } => vec![("outcome", outcome.to_string()), ("outcomes", outcomes.to_string())],
            InvalidGrievanceStep { from, to } => vec![("from", from.to_string()), ("to", to.to_string())],
            StepIncomplete { field } => vec![("field", field.to_string())],
            NoSuchMilestone { milestone, milestones } => vec![("milestone", milestone.to_string()), ("milestones", milestones.to_string())],
            _ => vec![],
        }
    }
}
