//! The pass office and the border post at the HTTP edge, shared by the pages
//! and the JSON API: issue a pass (sign, keep the holder's data apart, record),
//! verify a presented document against this data directory's trust, record a
//! crossing from a document verified here and now.

use axum::http::StatusCode;
use jirga_core::Principal;
use jirga_core::model::Direction;
use jirga_core::pass::{HolderRecord, PassApplication, PointCode, Presented, VerifiedCrossing};
use jirga_core::text::Name;
use jirga_engine::{Committed, Engine, Read};
use jirga_passes::keyring::Keyring;
use jirga_passes::trust::BorderTrust;
use jirga_passes::verify::Verdict;
use serde_json::Value;

use crate::AppState;
use crate::error::ApiError;
use crate::i18n::english;

fn internal(what: &str, err: impl std::fmt::Display) -> ApiError {
    tracing::error!(error = %err, "{what}");
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "pass_office_unavailable",
        english().t_args("error-pass-office", &[("reason", err.to_string())]),
    )
}

fn data_dir(app: &AppState) -> Result<&std::path::Path, ApiError> {
    app.data_dir.as_deref().ok_or_else(|| internal("pass office", "this server has no data directory for pass keys"))
}

/// The authority's keyring, read afresh (a rotation by `jirga pass keys rotate`
/// takes effect on the next pass, without restarting the server).
pub fn keyring(app: &AppState) -> Result<Keyring, ApiError> {
    keyring_in(data_dir(app)?)
}

fn keyring_in(dir: &std::path::Path) -> Result<Keyring, ApiError> {
    // The CLI creates the keyring with the configured authority when it opens
    // the record; a server built without it (tests) gets the default one.
    Keyring::load_or_create(dir, jirga_passes::keyring::DEFAULT_AUTHORITY, jiff::Timestamp::now().as_second())
        .map_err(|e| internal("pass keys", e))
}

/// A pass application from JSON (API body, CLI file or form), with errors naming
/// the field; a field the purpose or entry kind does not have is refused.
pub fn parse_application(mut json: Value) -> Result<PassApplication, ApiError> {
    crate::api::check_dates(&json)?;
    crate::api::integral_numbers_as_integers(&mut json);
    let text = json.to_string();
    let mut de = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize::<_, PassApplication>(&mut de).map_err(ApiError::invalid_body)
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

/// Issue a pass: check the application, sign it with the authority's current
/// key, and record it with the holder's data kept apart (one transaction).
/// Returns what was committed and the signed document.
pub async fn issue(app: &AppState, principal: &Principal, application: &PassApplication) -> Result<(Committed, String), ApiError> {
    issue_in(&app.engine, data_dir(app)?, principal, application).await
}

/// [`issue`] on an engine and data directory of one's own (the CLI, the demo).
pub async fn issue_in(
    engine: &Engine,
    dir: &std::path::Path,
    principal: &Principal,
    application: &PassApplication,
) -> Result<(Committed, String), ApiError> {
    // Authorized before anything is signed or a key created: a refused caller
    // leaves no signature and no keyring behind (the command itself is
    // authorized again in full on the write path).
    if !may_issue(engine, principal) {
        return Err(ApiError::new(StatusCode::FORBIDDEN, "not_authorized", english().t("error-may-not-issue")));
    }
    let now = jiff::Timestamp::now();
    let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
    jirga_passes::issue::check_application(application, today).map_err(|e| ApiError::from(jirga_engine::ExecError::Rule(e)))?;
    let keyring = keyring_in(dir)?;
    let prepared = jirga_passes::issue::prepare(application, &keyring, now);
    let committed = engine.execute_with_personal(principal, prepared.command, Some(prepared.personal)).await?;
    Ok((committed, prepared.document))
}

/// May `principal` issue passes at all?
pub fn may_issue(engine: &Engine, principal: &Principal) -> bool {
    engine.read(|s| engine.authorizer().may(principal, "issue_pass", None, s))
}

/// What this border post trusts now: its authority's keys, the revocations on
/// its record, and every list imported into its data directory.
pub fn border_trust(app: &AppState) -> Result<BorderTrust, ApiError> {
    border_trust_in(&app.engine, data_dir(app)?)
}

fn border_trust_in(engine: &Engine, dir: &std::path::Path) -> Result<BorderTrust, ApiError> {
    let now = jiff::Timestamp::now().as_second();
    let keyring = keyring_in(dir)?;
    engine.read(|state| BorderTrust::load(dir, Some(&keyring), state, now)).map_err(|e| internal("trust lists", e))
}

/// Verify a presented document now, at `point` when given.
pub fn verify(app: &AppState, text: &str, point: Option<&PointCode>) -> Result<Verdict, ApiError> {
    verify_in(&app.engine, data_dir(app)?, text, point)
}

/// [`verify`] on an engine and data directory of one's own.
pub fn verify_in(engine: &Engine, dir: &std::path::Path, text: &str, point: Option<&PointCode>) -> Result<Verdict, ApiError> {
    let trust = border_trust_in(engine, dir)?;
    Ok(jirga_passes::verify::verify(text, &trust, jiff::Timestamp::now().as_second(), point.map(PointCode::as_str)))
}

/// The holder's data of one of our passes, if `principal` may see it and it was not erased.
pub fn holder(app: &AppState, principal: &Principal, document_id: &str) -> Option<HolderRecord> {
    if !app.engine.may_read(principal, Read::HolderData) {
        return None;
    }
    let body = app.engine.personal(document_id).ok().flatten()?;
    serde_json::from_str(&body).ok()
}

/// Every holder record, by document id, if `principal` may see them.
pub fn holders(app: &AppState, principal: &Principal) -> std::collections::BTreeMap<String, HolderRecord> {
    if !app.engine.may_read(principal, Read::HolderData) {
        return Default::default();
    }
    app.engine
        .personal_all()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(k, body)| serde_json::from_str(&body).ok().map(|h| (k, h)))
        .collect()
}

/// Record a crossing with a document verified here and now: the command carries
/// the verifier's findings, not the officer's say-so.
pub async fn record_crossing(
    app: &AppState,
    principal: &Principal,
    text: &str,
    point: &PointCode,
    direction: Direction,
) -> Result<(Committed, Verdict), ApiError> {
    let verdict = verify(app, text, Some(point))?;
    let crossing = crossing_command(&verdict, point, direction, jiff::Timestamp::now())?;
    let committed = app.engine.execute_crossing(principal, crossing).await?;
    Ok((committed, verdict))
}

/// The `record_crossing` command for a verified document: the verifier's
/// findings (failure, issuer, allowed points and entries), never the officer's say-so.
pub fn crossing_command(
    verdict: &Verdict,
    point: &PointCode,
    direction: Direction,
    at: jiff::Timestamp,
) -> Result<VerifiedCrossing, ApiError> {
    let not_a_pass = || {
        let failure = verdict.failure.unwrap_or("unknown").to_owned();
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "not_a_pass", english().t_args("error-not-a-pass", &[("failure", failure)]))
    };
    let name = |s: &str| Name::parse(s.chars().take(200).collect::<String>()).ok();
    let document_id = verdict.document_id().and_then(|id| name(&id)).ok_or_else(not_a_pass)?;
    let pass = verdict.pass.as_ref();
    let presented = Presented {
        failure: verdict.failure.and_then(name),
        issuer: verdict.iss.as_deref().and_then(name).unwrap_or_else(|| name("unknown").expect("valid")),
        crossing_points: pass.map(|p| p.crossing_points.iter().filter_map(|c| PointCode::parse(c).ok()).collect()).unwrap_or_default(),
        max_entries: pass.map_or(1, |p| p.max_entries),
    };
    Ok(VerifiedCrossing::from_verifier(document_id, point.clone(), direction, at, presented))
}
