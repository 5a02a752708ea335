//! Issuing a pass: application in, signed document + personal-data row +
//! `issue_pass` command out. Nothing here touches the record; the caller submits
//! the command with the row through the engine, which commits both or neither.

use jiff::civil::Date;
use jirga_core::pass::{HolderData, HolderRecord, PassApplication, PurposeDetails, holder_commitment};
use jirga_core::text::Name;
use jirga_core::{Command, RuleError};
use serde_json::Value;

use crate::keyring::Keyring;
use crate::photo::Photo;

/// What the pass office hands to the engine.
pub struct Prepared {
    pub command: Command,
    /// The personal-data rows: the [`HolderRecord`] as JSON and the photo.
    pub personal: HolderData,
    /// The signed document (`JP1:…`), for the QR code.
    pub document: String,
}

/// An ISO 3166 alpha-3 code as the document carries it (`AFG`, `PAK`).
pub fn is_nationality(text: &str) -> bool {
    text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase())
}

/// A photo's SHA-256 as the issuing office writes it: 64 hexadecimal digits.
pub fn is_photo_hash(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Rules of an application that need no record: dates that cannot be.
pub fn check_application(app: &PassApplication, today: Date) -> Result<(), RuleError> {
    if !is_nationality(app.holder.nationality.as_str()) {
        return Err(RuleError::FieldFormat { field: "holder.nationality", expected: "an ISO 3166 alpha-3 code such as AFG or PAK" });
    }
    if let Some(hash) = &app.holder.photo_hash
        && !is_photo_hash(hash.as_str())
    {
        return Err(RuleError::FieldFormat { field: "holder.photo_hash", expected: "64 hexadecimal digits (SHA-256)" });
    }
    if app.holder.date_of_birth > today {
        return Err(RuleError::DateInFuture { field: "holder.date_of_birth" });
    }
    if let PurposeDetails::Medical { appointment_on, .. } = &app.purpose
        && (*appointment_on < app.valid_from || *appointment_on > app.valid_until)
    {
        return Err(RuleError::AppointmentOutsideValidity);
    }
    Ok(())
}

/// Bind the application to the holder's photo: its `photo_hash` becomes the
/// photo's fingerprint. A hash the caller typed that is not the photo's is
/// refused, not overwritten: the two disagree about which face the pass is for.
pub fn bind_photo(app: &mut PassApplication, photo: &Photo) -> Result<(), RuleError> {
    let fingerprint = photo.fingerprint();
    if let Some(typed) = &app.holder.photo_hash
        && !typed.as_str().eq_ignore_ascii_case(&fingerprint)
    {
        return Err(RuleError::PhotoHashMismatch);
    }
    app.holder.photo_hash = Some(Name::parse(&fingerprint).expect("hex is valid text"));
    Ok(())
}

/// A new document id: `JP-` and 16 random hex digits. Random, so the id (and its
/// revocation hash) says nothing about the holder or the order of issue.
pub fn new_document_id() -> String {
    format!("JP-{}", crate::hex(&crate::random_bytes::<8>()).to_uppercase())
}

/// The pass as signed into the document ([`crate::document::PassDocument`]).
pub fn document_claims(app: &PassApplication, document_id: &str) -> Value {
    serde_json::to_value(crate::document::PassDocument::of(app, document_id)).expect("serializes")
}

/// Sign the pass and build what the engine needs. `now` is the instant of
/// issue; `photo` is the holder's stored photo, whose fingerprint the
/// application's `photo_hash` already is (see [`bind_photo`]).
pub fn prepare(app: &PassApplication, photo: Option<&Photo>, keyring: &Keyring, now: jiff::Timestamp) -> Prepared {
    let document_id = new_document_id();
    let key = keyring.current();
    let salt = crate::random_bytes::<16>();
    let commitment = holder_commitment(&salt, &app.holder, &app.purpose, &app.sponsor);
    // Valid until the end of its last day, UTC.
    let expires_at = app
        .valid_until
        .tomorrow()
        .ok()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .map_or(i64::MAX / 2, |z| z.timestamp().as_second());
    let payload = json_to_cbor(&document_claims(app, &document_id));
    let document = jirga_hcert::issue(jirga_hcert::JIRGA_PREFIX, key, keyring.authority(), now.as_second(), expires_at, payload);
    let name = |s: &str| Name::parse(s).expect("generated text is valid");
    let command = Command::IssuePass {
        document_id: name(&document_id),
        purpose: app.purpose.purpose(),
        crossing_points: app.crossing_points.clone(),
        valid_from: app.valid_from,
        valid_until: app.valid_until,
        entries: app.entries,
        authority: Name::parse(keyring.authority()).unwrap_or_else(|_| name("issuing authority")),
        kid: name(&base64::Engine::encode(&base64::engine::general_purpose::STANDARD, key.kid())),
        issued_on: now.to_zoned(jiff::tz::TimeZone::UTC).date(),
        holder_commitment: name(&commitment),
    };
    let record = HolderRecord { application: app.clone(), salt: crate::hex(&salt), document: document.clone() };
    let personal = HolderData {
        record: serde_json::to_string(&record).expect("serializes"),
        photo: photo.map(|p| base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &p.jpeg)),
    };
    Prepared { command, personal, document }
}

/// JSON as CBOR, for the signed payload (text keys, integers, text, booleans, null).
fn json_to_cbor(value: &Value) -> ciborium::value::Value {
    use ciborium::value::Value as Cbor;
    match value {
        Value::Null => Cbor::Null,
        Value::Bool(b) => Cbor::Bool(*b),
        Value::Number(n) => n.as_i64().map_or_else(|| Cbor::Float(n.as_f64().unwrap_or(0.0)), |i| Cbor::Integer(i.into())),
        Value::String(s) => Cbor::Text(s.clone()),
        Value::Array(items) => Cbor::Array(items.iter().map(json_to_cbor).collect()),
        Value::Object(map) => Cbor::Map(map.iter().map(|(k, v)| (Cbor::Text(k.clone()), json_to_cbor(v))).collect()),
    }
}
