//! The closed vocabularies of the process: kinds of party, topics, roles, stances,
//! statuses. Each has a stable snake_case name used in events, the API, form
//! values and Fluent message ids (`<kind>-<name>`).

use serde::{Deserialize, Serialize};

macro_rules! choice {
    ($(#[$doc:meta])* $name:ident, $fluent:literal { $($variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Prefix of this vocabulary's Fluent message ids.
            pub const FLUENT_PREFIX: &'static str = $fluent;

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }

            /// The Fluent message id that names this value for people.
            pub fn fluent_id(self) -> String {
                format!("{}-{}", $fluent, self.as_str().replace('_', "-"))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

choice!(
    /// Where a granted federal approval stands: in force, suspended by the
    /// federal side (terms breached, circumstances changed; it can be
    /// reinstated), or withdrawn (for good: a new request is needed).
    Standing, "standing" {
    InForce = "in_force",
    Suspended = "suspended",
    Withdrawn = "withdrawn",
});

choice!(/// A rule that protects the federal side which the province may ask it to relax.
    WaivableRule, "waivable-rule" {
    PhaseOrder = "phase_order",
    GroundworkFirst = "groundwork_first",
});

choice!(/// What kind of body a party is.
    PartyKind, "party-kind" {
    ProvincialGovernment = "provincial_government",
    FederalGovernment = "federal_government",
    CounterpartGovernment = "counterpart_government",
    NonStateGroup = "non_state_group",
    InternationalBody = "international_body",
    Other = "other",
});

choice!(/// Subjects of the talks, in the order of the default phases.
    Topic, "topic" {
    Security = "security",
    Trade = "trade",
    Refugees = "refugees",
    Health = "health",
    Education = "education",
    Livelihoods = "livelihoods",
    MovementOfPeople = "movement_of_people",
    CulturalExchange = "cultural_exchange",
});

choice!(/// A delegation member's role.
    Role, "role" {
    FocalPerson = "focal_person",
    TribalElder = "tribal_elder",
    ReligiousScholar = "religious_scholar",
    PoliticalLeader = "political_leader",
    GovernmentOfficial = "government_official",
    Other = "other",
});

choice!(/// Why a delegation travels.
    Purpose, "purpose" {
    Groundwork = "groundwork",
    Substantive = "substantive",
});

choice!(/// The federal side's answer to an approval request.
    Decision, "decision" {
    Approve = "approve",
    RequestChanges = "request_changes",
    Reject = "reject",
});

choice!(/// A party's position on a claim.
    Stance, "stance" {
    Asserts = "asserts",
    Denies = "denies",
    Neutral = "neutral",
});

choice!(/// What came of an agenda item in a meeting.
    OutcomeResult, "outcome" {
    Agreed = "agreed",
    NotAgreed = "not_agreed",
    FollowUp = "follow_up",
});

choice!(/// Where a commitment stands.
    CommitmentStatus, "commitment-status" {
    Draft = "draft",
    Proposed = "proposed",
    Agreed = "agreed",
    InProgress = "in_progress",
    Fulfilled = "fulfilled",
    Lapsed = "lapsed",
    Withdrawn = "withdrawn",
});

choice!(/// Where a visit stands.
    VisitStatus, "visit-status" {
    Planned = "planned",
    Travelled = "travelled",
    ReportedBack = "reported_back",
});

choice!(/// Where an approval request stands.
    ApprovalStatus, "approval-status" {
    Pending = "pending",
    Approved = "approved",
    ChangesRequested = "changes_requested",
    Rejected = "rejected",
});

choice!(/// Areas of the national framework a commitment can touch.
    FrameworkArea, "area" {
    BorderStatus = "border_status",
    DefenceDeployment = "defence_deployment",
    Extradition = "extradition",
    Recognition = "recognition",
    FinancialLiability = "financial_liability",
    RefugeesStatus = "refugees_status",
});

choice!(/// What the national-framework guardrail says of a commitment.
    Verdict, "verdict" {
    Allowed = "allowed",
    NeedsConcurrence = "needs_concurrence",
    Forbidden = "forbidden",
});

/// One policy that decided a guardrail verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Reason {
    /// The policy's id.
    pub policy: String,
    /// The policy's human-readable text.
    pub text: String,
}

/// The guardrail's assessment of a commitment, recorded with the change it judged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Assessment {
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
}

impl CommitmentStatus {
    /// Fulfilled, lapsed and withdrawn commitments accept no further change.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Fulfilled | Self::Lapsed | Self::Withdrawn)
    }

    /// The statuses a commitment may move to from this one.
    pub fn next(self) -> &'static [CommitmentStatus] {
        use CommitmentStatus::*;
        match self {
            Draft => &[Proposed, Withdrawn],
            Proposed => &[Agreed, Draft, Withdrawn],
            Agreed => &[InProgress, Fulfilled, Lapsed, Withdrawn],
            InProgress => &[Fulfilled, Lapsed, Withdrawn],
            Fulfilled | Lapsed | Withdrawn => &[],
        }
    }
}

/// Where a statement was published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Source {
    pub publisher: crate::text::Name,
    pub title: crate::text::Name,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_on: Option<jiff::civil::Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<crate::text::Url>,
}

choice!(/// What kind of organization a user belongs to.
    OrgKind, "org-kind" {
    ProvincialGovernment = "provincial_government",
    FederalMinistry = "federal_ministry",
    CounterpartAuthority = "counterpart_authority",
    BorderAdministration = "border_administration",
    Auditor = "auditor",
});

choice!(/// What a user may be trusted with; the authorization policies decide what each role may do.
    UserRole, "user-role" {
    ProvincialCoordinator = "provincial_coordinator",
    FederalApprover = "federal_approver",
    DelegationMember = "delegation_member",
    SecurityAnalyst = "security_analyst",
    PassOfficer = "pass_officer",
    BorderOfficer = "border_officer",
    Auditor = "auditor",
    Administrator = "administrator",
});

choice!(/// The policy sets an administrator may change through a recorded event.
    PolicySetName, "policy-set" {
    Authorization = "authorization",
    Forbidden = "forbidden",
    Concurrence = "concurrence",
});

// ── Movement passes (see `crate::pass`) ───────────────────────────────────

choice!(/// Why the holder crosses (the articles: medical treatment and business; also family and culture).
    PassPurpose, "pass-purpose" {
    Medical = "medical",
    Business = "business",
    FamilyVisit = "family_visit",
    CulturalExchange = "cultural_exchange",
});

choice!(/// The identity document a holder carries.
    DocumentType, "document-type" {
    Cnic = "cnic",
    Tazkira = "tazkira",
    Passport = "passport",
});

choice!(/// As the holder's identity document states it.
    Sex, "sex" {
    Female = "female",
    Male = "male",
    Other = "other",
});

choice!(/// Entering or leaving the country of the border post.
    Direction, "direction" {
    Entry = "entry",
    Exit = "exit",
});

choice!(/// What a border officer's record of a crossing shows that needs following up.
    Anomaly, "anomaly" {
    EntryWhileInside = "entry_while_inside",
    ExitWithoutEntry = "exit_without_entry",
    TooManyEntries = "too_many_entries",
    WrongCrossingPoint = "wrong_crossing_point",
    Expired = "expired",
    Revoked = "revoked",
    Invalid = "invalid",
});

choice!(/// Where a pass stands.
    PassStatus, "pass-status" {
    Valid = "valid",
    Revoked = "revoked",
});

choice!(/// Where incidents came from (`form`: an analyst entered them by hand).
    IncidentFormat, "incident-format" {
    Acled = "acled",
    Ucdp = "ucdp",
    Form = "form",
});

choice!(/// An analyst's decision on a duplicate candidate: `merge` folds the first
    /// incident into the second; `keep_apart` says they are two after all.
    DuplicateDecision, "duplicate-decision" {
    Merge = "merge",
    KeepApart = "keep_apart",
});

choice!(/// Which way reported militants moved across the border.
    MovementDirection, "movement-direction" {
    IntoPakistan = "into_pakistan",
    IntoAfghanistan = "into_afghanistan",
    Unknown = "unknown",
});

// ── Communities, grievances and delivery (see `crate::state::Community`) ──

choice!(/// A side of the border.
    Side, "side" {
    Pakistan = "pakistan",
    Afghanistan = "afghanistan",
});

choice!(/// What kind of community: a tribe, a sub-tribe or clan, or the community of a locality.
    CommunityKind, "community-kind" {
    Tribe = "tribe",
    SubTribe = "sub_tribe",
    Locality = "locality",
});

choice!(/// The districts (Pakistan) and provinces (Afghanistan) along the border a
    /// community lives in. A closed list so that its side is a fact of the
    /// place, never a label: a community's sides are derived from these.
    BorderDistrict, "district" {
    Chitral = "chitral",
    Bajaur = "bajaur",
    Mohmand = "mohmand",
    Khyber = "khyber",
    Peshawar = "peshawar",
    Orakzai = "orakzai",
    Kurram = "kurram",
    NorthWaziristan = "north_waziristan",
    SouthWaziristan = "south_waziristan",
    Zhob = "zhob",
    Chaman = "chaman",
    Nuristan = "nuristan",
    Kunar = "kunar",
    Nangarhar = "nangarhar",
    Paktia = "paktia",
    Khost = "khost",
    Paktika = "paktika",
    Kandahar = "kandahar",
});

impl BorderDistrict {
    /// The side of the border it is on.
    pub fn side(self) -> Side {
        use BorderDistrict::*;
        match self {
            Chitral | Bajaur | Mohmand | Khyber | Peshawar | Orakzai | Kurram | NorthWaziristan | SouthWaziristan | Zhob | Chaman => {
                Side::Pakistan
            }
            Nuristan | Kunar | Nangarhar | Paktia | Khost | Paktika | Kandahar => Side::Afghanistan,
        }
    }

    /// Its name as the incident register writes a district (`admin2`, after
    /// the agencies' renaming), so a community's incidents can be found.
    pub fn place_name(self) -> &'static str {
        use BorderDistrict::*;
        match self {
            Chitral => "Chitral",
            Bajaur => "Bajaur",
            Mohmand => "Mohmand",
            Khyber => "Khyber",
            Peshawar => "Peshawar",
            Orakzai => "Orakzai",
            Kurram => "Kurram",
            NorthWaziristan => "North Waziristan",
            SouthWaziristan => "South Waziristan",
            Zhob => "Zhob",
            Chaman => "Chaman",
            Nuristan => "Nuristan",
            Kunar => "Kunar",
            Nangarhar => "Nangarhar",
            Paktia => "Paktia",
            Khost => "Khost",
            Paktika => "Paktika",
            Kandahar => "Kandahar",
        }
    }
}

choice!(/// An elder's or representative's standing in their community.
    ElderStanding, "standing-in-community" {
    Malik = "malik",
    Elder = "elder",
    ReligiousFigure = "religious_figure",
    YouthRepresentative = "youth_representative",
    WomensRepresentative = "womens_representative",
});

choice!(/// What a grievance is about.
    GrievanceTopic, "grievance-topic" {
    Movement = "movement",
    Trade = "trade",
    Refugees = "refugees",
    SecurityOperations = "security_operations",
    Detention = "detention",
    Health = "health",
    Education = "education",
    Livelihoods = "livelihoods",
    WaterLand = "water_land",
    Other = "other",
});

choice!(/// Where a grievance stands. `closed` ends it without its being resolved.
    GrievanceStatus, "grievance-status" {
    Raised = "raised",
    Acknowledged = "acknowledged",
    Referred = "referred",
    Addressed = "addressed",
    Resolved = "resolved",
    Closed = "closed",
});

impl GrievanceStatus {
    /// Resolved and closed grievances accept no further step.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Resolved | Self::Closed)
    }

    /// The steps a grievance may take from this one (forward only; closing
    /// is always possible while it is open).
    pub fn next(self) -> &'static [GrievanceStatus] {
        use GrievanceStatus::*;
        match self {
            Raised => &[Acknowledged, Closed],
            Acknowledged => &[Referred, Addressed, Resolved, Closed],
            Referred => &[Addressed, Resolved, Closed],
            Addressed => &[Resolved, Closed],
            Resolved | Closed => &[],
        }
    }
}

choice!(/// What an implementation score rests on.
    EvidenceKind, "evidence-kind" {
    Report = "report",
    Incidents = "incidents",
    Crossings = "crossings",
    Document = "document",
});

/// The Peace Accords Matrix's implementation scale: 0 not implemented,
/// 1 minimal, 2 intermediate, 3 full.
pub const PAM_SCORES: std::ops::RangeInclusive<u8> = 0..=3;

/// What an implementation score rests on, as the scorer described it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub description: crate::text::Body,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<crate::text::Url>,
}
