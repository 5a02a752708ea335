//! Movement passes for medical treatment and business: what the record keeps of
//! a pass, and the crossings made with it.
//!
//! A pass has two halves. The **public half** is a record like any other (purpose,
//! crossing points, validity, entries, the signing key's kid, the issuing
//! authority) and is on the ledger. The **holder's half** (names, document,
//! date of birth, medical or business details) never enters an event: the
//! event carries [`holder_commitment`], a salted SHA-256 of it, and the data sits
//! in the store's erasable personal-data table. Erasing it at the end of its
//! retention leaves every event, and so the ledger, as it was.
//!
//! Crossings are facts a border officer records, never refused for being odd:
//! the domain flags their [`Anomaly`]s (entry while inside, exit without entry,
//! too many entries, wrong crossing point, an expired, revoked or invalid pass
//! presented) so they are listed and followed up.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::command::Command;
use crate::ids::{CrossingId, CrossingPointId, PassId};
use crate::model::{Anomaly, Direction, DocumentType, PassPurpose, PassStatus, Sex};
use crate::state::Stamp;
use crate::text::{Body, Name};

/// A crossing point's code, as passes name it (`torkham`): lower-case ASCII
/// letters, digits and `-`, 2 to 40 characters, the same on both sides of the border.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PointCode(String);

impl PointCode {
    pub fn parse(raw: &str) -> Result<PointCode, String> {
        let s = raw.trim();
        let ok = (2..=40).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok { Ok(PointCode(s.to_owned())) } else { Err("must be 2–40 lower-case letters, digits or '-'".into()) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PointCode {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        PointCode::parse(&s)
    }
}

impl From<PointCode> for String {
    fn from(c: PointCode) -> String {
        c.0
    }
}

impl std::fmt::Display for PointCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl schemars::JsonSchema for PointCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PointCode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": "string", "pattern": "^[a-z0-9-]{2,40}$", "examples": ["torkham"]})
    }
}

/// How many times a pass may be used to enter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Entries {
    Single,
    Multiple { max: u32 },
}

impl Entries {
    pub fn max(self) -> u32 {
        match self {
            Entries::Single => 1,
            Entries::Multiple { max } => max,
        }
    }
}

/// The holder as their identity document names them. Personal data: never in an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Holder {
    pub name_latin: Name,
    #[serde(default)]
    pub name_arabic: Option<Name>,
    pub document_type: DocumentType,
    pub document_number: Name,
    pub date_of_birth: Date,
    pub sex: Sex,
    /// ISO 3166-1 alpha-3 (`PAK`, `AFG`).
    #[schemars(schema_with = "nationality_schema")]
    pub nationality: Name,
    /// SHA-256 (hex) of the holder's photo, kept by the issuing office.
    #[serde(default)]
    #[schemars(schema_with = "photo_hash_schema")]
    pub photo_hash: Option<Name>,
}

// What `jirga_passes::issue::check_application` accepts, said in the schema.
fn nationality_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": "string", "pattern": "^[A-Z]{3}$", "examples": ["AFG"]})
}

fn photo_hash_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": ["string", "null"], "pattern": "^[0-9a-fA-F]{64}$", "default": null})
}

/// The purpose and its particulars. Personal data: never in an event (only its kind is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum PurposeDetails {
    Medical {
        hospital: Name,
        appointment_on: Date,
        #[serde(default)]
        attendant_allowed: bool,
    },
    Business {
        /// The trade body or company.
        organization: Name,
    },
    FamilyVisit {
        host: Name,
    },
    CulturalExchange {
        event: Name,
    },
}

impl PurposeDetails {
    pub fn purpose(&self) -> PassPurpose {
        match self {
            PurposeDetails::Medical { .. } => PassPurpose::Medical,
            PurposeDetails::Business { .. } => PassPurpose::Business,
            PurposeDetails::FamilyVisit { .. } => PassPurpose::FamilyVisit,
            PurposeDetails::CulturalExchange { .. } => PassPurpose::CulturalExchange,
        }
    }
}

/// What a pass officer asks for: the whole pass, personal half included. It
/// becomes a signed document, a personal-data row and an [`crate::Command::IssuePass`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PassApplication {
    pub holder: Holder,
    pub purpose: PurposeDetails,
    /// Who vouches for the holder (a hospital, a chamber of commerce, a relative).
    pub sponsor: Name,
    pub crossing_points: Vec<PointCode>,
    pub valid_from: Date,
    pub valid_until: Date,
    pub entries: Entries,
}

/// Longest validity of one pass, in days.
pub const MAX_VALIDITY_DAYS: i32 = 366;

/// The personal half of a pass as stored (erasable): the application, the salt
/// of its commitment and the signed document (for reprints).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolderRecord {
    pub application: PassApplication,
    /// Hex of 16 random bytes.
    pub salt: String,
    /// The signed document (`JP1:…`).
    pub document: String,
}

/// A pass's personal-data rows, committed with its `issue_pass` event: the
/// holder's record (a [`HolderRecord`] as JSON) and, when one was taken, the
/// photo (base64 of the stored JPEG). Both are keyed by the document id (see
/// [`photo_key`]), so erasing the pass's holder erases both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolderData {
    pub record: String,
    pub photo: Option<String>,
}

/// The personal-data key of a pass's photo. Apart from the holder's record so
/// that reading the records (the pass list) never reads the photos.
pub fn photo_key(document_id: &str) -> String {
    format!("{document_id}/photo")
}

/// The commitment an event carries to a holder's data: hex SHA-256 of the salt
/// bytes followed by the canonical JSON of the holder and the purpose details.
/// With the salt erased, it reveals nothing and matches nothing.
pub fn holder_commitment(salt: &[u8], holder: &Holder, purpose: &PurposeDetails, sponsor: &Name) -> String {
    let mut hasher = Sha256::new();
    hasher.update(salt);
    hasher.update(serde_json::to_vec(&(holder, purpose, sponsor)).expect("serializes"));
    crate::text::hex(&hasher.finalize())
}

/// A border crossing point (configurable: Torkham, Chaman, … in the demo).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrossingPoint {
    pub id: CrossingPointId,
    pub code: PointCode,
    pub name: Name,
    pub name_arabic: Option<Name>,
    pub history: Vec<Stamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revocation {
    pub revoked_on: Date,
    pub reason: Body,
}

/// The public half of a pass, as the record keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pass {
    pub id: PassId,
    /// The id printed on and signed into the pass (random, so it says nothing).
    pub document_id: Name,
    pub purpose: PassPurpose,
    pub crossing_points: Vec<PointCode>,
    pub valid_from: Date,
    pub valid_until: Date,
    pub entries: Entries,
    pub authority: Name,
    /// Base64 of the signing key's kid.
    pub kid: Name,
    pub issued_on: Date,
    pub holder_commitment: Name,
    pub revocation: Option<Revocation>,
    /// The holder's data was erased (retention ended); the record stays.
    pub holder_erased: bool,
    pub crossings: Vec<CrossingId>,
    pub history: Vec<Stamp>,
}

impl Pass {
    pub fn status(&self) -> PassStatus {
        if self.revocation.is_some() { PassStatus::Revoked } else { PassStatus::Valid }
    }
}

/// What the border post's verifier said of the document presented.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Presented {
    /// `None` when the document verified; else the verifier's failure code
    /// (`expired`, `revoked`, `signature`, ...).
    #[serde(default)]
    pub failure: Option<Name>,
    /// The authority named in the document (`iss`).
    pub issuer: Name,
    /// Crossing points the document allows.
    pub crossing_points: Vec<PointCode>,
    /// Entries the document allows.
    pub max_entries: u32,
}

/// A `record_crossing` command that the border post built from a document it
/// verified itself, at the time of its own clock. The engine records a crossing
/// only from one of these (`Engine::execute_crossing`); the same command
/// arriving from a client is refused (`verified_document_required`).
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedCrossing(Command);

impl VerifiedCrossing {
    /// What the verifier found in the presented document (`presented`) and
    /// where and when it was presented. Only the border post's verification
    /// (`jirga_passes::verify`) should call this.
    pub fn from_verifier(
        document_id: Name,
        crossing_point: PointCode,
        direction: Direction,
        crossed_at: jiff::Timestamp,
        presented: Presented,
    ) -> Self {
        VerifiedCrossing(Command::RecordCrossing { document_id, crossing_point, direction, crossed_at, presented })
    }

    /// The command to record.
    pub fn into_command(self) -> Command {
        self.0
    }
}

/// One crossing, as a border officer recorded it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Crossing {
    pub id: CrossingId,
    pub document_id: Name,
    /// Our pass, when the document is one of ours (a counterpart's pass has none).
    pub pass: Option<PassId>,
    pub crossing_point: PointCode,
    pub direction: Direction,
    pub crossed_at: jiff::Timestamp,
    pub presented: Presented,
    pub anomalies: Vec<Anomaly>,
    pub history: Vec<Stamp>,
}

/// The anomalies of a new crossing, given the document's earlier crossings
/// (oldest first) and, for our own passes, the pass record.
pub fn anomalies(
    earlier: &[&Crossing],
    point: &PointCode,
    direction: Direction,
    presented: &Presented,
    ours: Option<&Pass>,
    on: Date,
) -> Vec<Anomaly> {
    let mut found = Vec::new();
    let inside = earlier.last().is_some_and(|c| c.direction == Direction::Entry);
    match direction {
        Direction::Entry if inside => found.push(Anomaly::EntryWhileInside),
        Direction::Exit if !inside => found.push(Anomaly::ExitWithoutEntry),
        _ => {}
    }
    let max_entries = ours.map_or(presented.max_entries, |p| p.entries.max());
    let entries_before = earlier.iter().filter(|c| c.direction == Direction::Entry).count() as u64;
    if direction == Direction::Entry && entries_before + 1 > u64::from(max_entries) {
        found.push(Anomaly::TooManyEntries);
    }
    let allowed = ours.map_or(&presented.crossing_points, |p| &p.crossing_points);
    if !allowed.contains(point) {
        found.push(Anomaly::WrongCrossingPoint);
    }
    let failure = presented.failure.as_ref().map(|f| f.as_str());
    let expired = failure == Some("expired") || ours.is_some_and(|p| p.valid_until < on);
    let revoked = failure == Some("revoked") || ours.is_some_and(|p| p.revocation.as_ref().is_some_and(|r| r.revoked_on <= on));
    if expired {
        found.push(Anomaly::Expired);
    }
    if revoked {
        found.push(Anomaly::Revoked);
    }
    if failure.is_some_and(|f| !matches!(f, "expired" | "revoked" | "crossing_point")) {
        found.push(Anomaly::Invalid);
    }
    found
}
