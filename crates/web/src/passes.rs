//! The pass office and the border post at the HTTP edge, shared by the pages
//! and the JSON API: the service layer's (`jirga_service::passes`) on this
//! server's engine and data directory, and the holders' data for those who
//! may read it.

use jirga_core::Principal;
use jirga_core::model::Direction;
use jirga_core::pass::{HolderRecord, PassApplication, PointCode, photo_key};
use jirga_engine::{Committed, Read};
use jirga_passes::keyring::Keyring;
use jirga_passes::photo::Photo;
use jirga_passes::verify::Verdict;
use jirga_service::passes as office;
use jirga_service::refusal::{Kind, Refusal};
use serde_json::Value;

use crate::AppState;
use crate::error::ApiError;

fn pass_office(app: &AppState) -> Result<&office::PassOffice, ApiError> {
    app.pass_office.as_ref().ok_or_else(|| office::unavailable("pass office", "this server has no pass office (no data directory)").into())
}

/// The authority's keyring, read afresh (see [`office::PassOffice::keyring`]).
pub fn keyring(app: &AppState) -> Result<Keyring, ApiError> {
    Ok(pass_office(app)?.keyring()?)
}

/// A pass application from JSON (see [`office::parse_application`]).
pub fn parse_application(json: Value) -> Result<PassApplication, ApiError> {
    Ok(office::parse_application(json)?)
}

/// Keep only the fields of the purpose and entry kind chosen: the issue form shows
/// them all (and posts its checkbox always), while only the chosen kind's apply.
pub(crate) fn prune_unchosen(json: &mut Value) {
    let keep = |kind: &str| -> &'static [&'static str] {
        match kind {
            "medical" => &["kind", "hospital", "appointment_on", "attendant_allowed"],
            "business" => &["kind", "organization"],
            "family_visit" => &["kind", "host"],
            "cultural_exchange" => &["kind", "event"],
            "multiple" => &["kind", "max"],
            "single" => &["kind"],
            _ => &[],
        }
    };
    for section in ["purpose", "entries"] {
        if let Some(obj) = json.get_mut(section).and_then(Value::as_object_mut)
            && let Some(kind) = obj.get("kind").and_then(Value::as_str).map(str::to_owned)
        {
            let fields = keep(&kind);
            if !fields.is_empty() {
                obj.retain(|k, _| fields.contains(&k.as_str()));
            }
        }
    }
}

/// Issue a pass on this server (see [`office::PassOffice::issue`]).
pub async fn issue(
    app: &AppState,
    principal: &Principal,
    application: &PassApplication,
    photo: Option<&Photo>,
) -> Result<(Committed, String), ApiError> {
    Ok(pass_office(app)?.issue(&app.engine, principal, application, photo).await?)
}

/// Verify a presented document now, at `point` when given.
pub fn verify(app: &AppState, text: &str, point: Option<&PointCode>) -> Result<Verdict, ApiError> {
    Ok(pass_office(app)?.verify(&app.engine, text, point)?)
}

/// The holder's data of one of our passes, if `principal` may see it and it was not erased.
pub fn holder(app: &AppState, principal: &Principal, document_id: &str) -> Option<HolderRecord> {
    if !app.engine.may_read(principal, Read::HolderData) {
        return None;
    }
    let body = app.engine.personal(document_id).ok().flatten()?;
    serde_json::from_str(&body).ok()
}

/// Every holder record, by document id, if `principal` may see them. Read
/// pass by pass: the photos kept beside the records are not read.
pub fn holders(app: &AppState, principal: &Principal) -> std::collections::BTreeMap<String, HolderRecord> {
    if !app.engine.may_read(principal, Read::HolderData) {
        return Default::default();
    }
    let document_ids: Vec<String> = app.engine.read(|s| s.passes.values().map(|p| p.document_id.to_string()).collect());
    document_ids
        .into_iter()
        .filter_map(|id| {
            let body = app.engine.personal(&id).ok().flatten()?;
            serde_json::from_str(&body).ok().map(|h| (id, h))
        })
        .collect()
}

/// The holder's photo of one of our passes, as the border post and the pass
/// office may show it: only to those who may see holders' data, and only
/// when its fingerprint is the one the pass was signed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoOnFile {
    /// The stored photo, whose fingerprint is the signed one.
    Matches(Vec<u8>),
    /// A photo is stored, but it is not the one the pass was signed with
    /// (edited or swapped in the database): it must not be relied on.
    Mismatch,
    /// No photo is kept here: none was taken, it was erased, or the pass is
    /// another authority's.
    None,
}

impl PhotoOnFile {
    /// The photo as a `data:` URL for an `<img>` (the page stays one response,
    /// allowed by the Content-Security-Policy's `img-src data:`).
    pub fn data_url(&self) -> Option<String> {
        match self {
            PhotoOnFile::Matches(jpeg) => {
                Some(format!("data:image/jpeg;base64,{}", base64::Engine::encode(&base64::engine::general_purpose::STANDARD, jpeg)))
            }
            _ => None,
        }
    }
}

/// The photo kept for `document_id`, judged against `signed_hash` (the
/// `photo_hash` of the signed document: as presented at the border post, or
/// as the holder's record keeps it).
pub fn photo(app: &AppState, principal: &Principal, document_id: &str, signed_hash: Option<&str>) -> PhotoOnFile {
    if !app.engine.may_read(principal, Read::HolderData) {
        return PhotoOnFile::None;
    }
    let Some(body) = app.engine.personal(&photo_key(document_id)).ok().flatten() else { return PhotoOnFile::None };
    let jpeg = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, body.as_bytes()).unwrap_or_default();
    match signed_hash {
        Some(hash) if hash.eq_ignore_ascii_case(&jirga_passes::photo::fingerprint(&jpeg)) => PhotoOnFile::Matches(jpeg),
        _ => PhotoOnFile::Mismatch,
    }
}

/// How a crossing is being recorded: the border page's entry and exit buttons
/// record valid passes only (a pass that is not valid has its own action,
/// a refused presentation); the API records whatever was presented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presentation {
    /// The page's entry or exit button: refused for a pass that is not valid.
    Crossing,
    /// A refused presentation (the page's own action) or the API: any pass.
    AsPresented,
}

/// Record a crossing with a document verified here and now: the command carries
/// the verifier's findings, not the officer's say-so.
pub async fn record_crossing(
    app: &AppState,
    principal: &Principal,
    text: &str,
    point: &PointCode,
    direction: Direction,
    presentation: Presentation,
) -> Result<(Committed, Verdict), ApiError> {
    let verdict = verify(app, text, Some(point))?;
    if presentation == Presentation::Crossing && !verdict.is_valid() {
        return Err(Refusal::say(Kind::Invalid, "refused_presentation_required", "border-refused-required", &[]).into());
    }
    let crossing = office::crossing_command(&verdict, point, direction, jiff::Timestamp::now())?;
    let committed = app.engine.execute_crossing(principal, crossing).await?;
    Ok((committed, verdict))
}
