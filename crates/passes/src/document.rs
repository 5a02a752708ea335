//! The pass as it is signed into the document (claim -260, key 1): what a border
//! officer needs to match the holder and check the crossing, nothing more (no
//! sponsor, no medical detail beyond the hospital), in short keys as the EU DCC
//! writes its own. Short keys keep the QR code small enough to scan from paper:
//! the demo's business pass took 750 characters and 105 × 105 modules with long
//! keys and the authority repeated from `iss`; it takes 582 and 93 × 93 with these.

use jirga_core::pass::{PassApplication, PurposeDetails};
use serde::{Deserialize, Serialize};
use serde_json::Value;

fn is_false(b: &bool) -> bool {
    !*b
}

/// A jirga pass's fields, as signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassDocument {
    /// Version of this layout.
    pub v: u8,
    /// The document id (`JP-…`), also what revocation lists hash.
    pub id: String,
    /// `medical`, `business`, `family_visit` or `cultural_exchange`.
    #[serde(rename = "pu")]
    pub purpose: String,
    /// The hospital, the trade body or company, the host, or the event.
    #[serde(rename = "de")]
    pub destination: String,
    #[serde(rename = "ap", default, skip_serializing_if = "Option::is_none")]
    pub appointment_on: Option<String>,
    /// A medical pass's holder may bring an attendant.
    #[serde(rename = "at", default, skip_serializing_if = "is_false")]
    pub attendant_allowed: bool,
    #[serde(rename = "nam")]
    pub name: String,
    #[serde(rename = "nar", default, skip_serializing_if = "Option::is_none")]
    pub name_arabic: Option<String>,
    /// `cnic`, `tazkira` or `passport`.
    #[serde(rename = "dt")]
    pub document_type: String,
    #[serde(rename = "dn")]
    pub document_number: String,
    pub dob: String,
    #[serde(rename = "sx")]
    pub sex: String,
    #[serde(rename = "nat")]
    pub nationality: String,
    #[serde(rename = "ph", default, skip_serializing_if = "Option::is_none")]
    pub photo_hash: Option<String>,
    /// Crossing point codes.
    #[serde(rename = "xp")]
    pub crossing_points: Vec<String>,
    #[serde(rename = "vf")]
    pub valid_from: String,
    #[serde(rename = "vu")]
    pub valid_until: String,
    #[serde(rename = "me")]
    pub max_entries: u32,
}

impl PassDocument {
    pub fn of(app: &PassApplication, document_id: &str) -> PassDocument {
        let h = &app.holder;
        let (destination, appointment_on, attendant_allowed) = match &app.purpose {
            PurposeDetails::Medical { hospital, appointment_on, attendant_allowed } => {
                (hospital.to_string(), Some(appointment_on.to_string()), *attendant_allowed)
            }
            PurposeDetails::Business { organization } => (organization.to_string(), None, false),
            PurposeDetails::FamilyVisit { host } => (host.to_string(), None, false),
            PurposeDetails::CulturalExchange { event } => (event.to_string(), None, false),
        };
        PassDocument {
            v: 1,
            id: document_id.to_owned(),
            purpose: app.purpose.purpose().as_str().to_owned(),
            destination,
            appointment_on,
            attendant_allowed,
            name: h.name_latin.to_string(),
            name_arabic: h.name_arabic.as_ref().map(ToString::to_string),
            document_type: h.document_type.as_str().to_owned(),
            document_number: h.document_number.to_string(),
            dob: h.date_of_birth.to_string(),
            sex: h.sex.as_str().to_owned(),
            nationality: h.nationality.to_string(),
            photo_hash: h.photo_hash.as_ref().map(ToString::to_string),
            crossing_points: app.crossing_points.iter().map(ToString::to_string).collect(),
            valid_from: app.valid_from.to_string(),
            valid_until: app.valid_until.to_string(),
            max_entries: app.entries.max(),
        }
    }

    /// The pass in a decoded document's claims, when they are one.
    pub fn from_claims(claims: &Value) -> Option<PassDocument> {
        PassDocument::deserialize(claims).ok()
    }
}
