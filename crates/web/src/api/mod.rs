//! The JSON API under `/api/v1`: one endpoint takes every command; every record
//! kind can be listed and read; the event log can be paged. Described by the
//! OpenAPI document at `/api/v1/openapi.json`.

mod incidents;
pub mod ledger;
pub mod openapi;
pub mod passes;
mod query;
mod results;

pub use query::ApiQuery;

use axum::http::HeaderMap;
use jirga_core::Principal;
use jirga_core::ids::InitiativeId;
use jirga_engine::Read;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use jirga_core::gates::{gates, next_gate};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::error::ApiError;

/// Largest accepted request body (documented in the OpenAPI document).
/// (Room for the longest text a command takes, a policy set's 200,000 characters,
/// in UTF-8 and JSON-escaped.)
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Record collections served read-only, with their record kind (from the one list of kinds).
pub const COLLECTIONS: &[(&str, &str)] = jirga_core::state::RECORD_COLLECTIONS;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(ledger::router())
        .merge(passes::router())
        .merge(incidents::router())
        .merge(results::router())
        .route("/api/v1/openapi.json", get(openapi::serve))
        .route("/api/v1/commands", post(post_command))
        .route("/api/v1/events", get(list_events))
        .route("/api/v1/me", get(me))
        .route("/api/v1/initiatives/{id}/status", get(initiative_status))
        .route("/api/v1/commitments/{id}/agreement", get(agreement))
        .route("/api/v1/meetings/{id}/outcomes/{n}/agreement", get(outcome_agreement))
        .route("/api/v1/{collection}", get(list_collection))
        .route("/api/v1/{collection}/{id}", get(get_record))
        .route("/api/{*rest}", axum::routing::any(api_not_found))
        // An error's message in the client's language (its code stays put).
        .layer(axum::middleware::from_fn(crate::error::localize_message))
}

/// The caller of a read, as a handler's argument says it needs one: a bearer
/// token or a browser session; 401 `unauthenticated` otherwise.
pub struct ApiReader(pub Principal);

/// The caller of a change: a bearer token only; 401 `unauthenticated` otherwise.
pub struct ApiWriter(pub Principal);

/// A caller who may read the event log and the ledger; 401 or 403 otherwise.
pub struct LogReader(pub Principal);

impl axum::extract::FromRequestParts<AppState> for ApiReader {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, app: &AppState) -> Result<Self, ApiError> {
        reader(app, &parts.headers).map(ApiReader)
    }
}

impl axum::extract::FromRequestParts<AppState> for ApiWriter {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, app: &AppState) -> Result<Self, ApiError> {
        writer(app, &parts.headers).map(ApiWriter)
    }
}

impl axum::extract::FromRequestParts<AppState> for LogReader {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, app: &AppState) -> Result<Self, ApiError> {
        log_reader(app, &parts.headers).map(LogReader)
    }
}

/// The caller of a read: a bearer token, or a browser session (reads only).
fn reader(app: &AppState, headers: &HeaderMap) -> Result<Principal, ApiError> {
    crate::session::bearer(app, headers).or_else(|| crate::session::viewer(app, headers).map(|v| v.principal)).ok_or_else(unauthenticated)
}

/// The caller of a change: a bearer token only (a cookie could be sent by any
/// site the browser visits).
fn writer(app: &AppState, headers: &HeaderMap) -> Result<Principal, ApiError> {
    crate::session::bearer(app, headers).ok_or_else(unauthenticated)
}

fn unauthenticated() -> ApiError {
    ApiError::say(StatusCode::UNAUTHORIZED, "unauthenticated", "error-unauthenticated", &[])
}

/// The caller may read the event log and the ledger, or the request is refused.
fn log_reader(app: &AppState, headers: &HeaderMap) -> Result<Principal, ApiError> {
    let principal = reader(app, headers)?;
    if !app.engine.may_read(&principal, Read::Log) {
        return Err(ApiError::say(StatusCode::FORBIDDEN, "not_authorized", "error-may-not-read-log", &[]));
    }
    Ok(principal)
}

async fn api_not_found() -> ApiError {
    ApiError::say(StatusCode::NOT_FOUND, "no_such_endpoint", "error-no-such-endpoint", &[])
}

// Commands and days are parsed in the service layer, which the CLI shares.
pub use jirga_service::parse::{MAX_SAFE_INTEGER, check_dates, integral_numbers_as_integers, parse_command};

async fn post_command(
    State(app): State<AppState>,
    ApiWriter(principal): ApiWriter,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body.map_err(|rejection| {
        if timed_out(&rejection) {
            return ApiError::say(StatusCode::REQUEST_TIMEOUT, "request_timeout", "error-request-timeout", &[]);
        }
        let status = rejection.status();
        let code = if status == StatusCode::PAYLOAD_TOO_LARGE { "payload_too_large" } else { "bad_request" };
        ApiError::say(status, code, "error-payload", &[("limit", MAX_BODY_BYTES.to_string()), ("reason", rejection.body_text())])
    })?;
    let command = parse_command(&body)?;
    let name = command.name();
    let committed = match idempotency_key(&headers)? {
        Some(key) => app.engine.execute_idempotent(&principal, command, key).await?,
        None => app.engine.execute(&principal, command).await?,
    };
    Ok((StatusCode::CREATED, Json(json!({"type": name, "seq": committed.seq, "created": committed.created}))).into_response())
}

/// The request's `Idempotency-Key`, if it sent one: 1–255 visible ASCII characters.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<&str>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else { return Ok(None) };
    match value.to_str() {
        Ok(key) if (1..=255).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic()) => Ok(Some(key)),
        _ => Err(ApiError::say(StatusCode::BAD_REQUEST, "bad_idempotency_key", "error-bad-idempotency-key", &[])),
    }
}

/// Did the body stop arriving (the server's body-read timeout)?
fn timed_out(rejection: &BytesRejection) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(rejection);
    while let Some(error) = cause {
        if error.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cause = error.source();
    }
    false
}

/// A list's query: its filter and its page (`limit` records after the id `after`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListQuery {
    initiative: Option<String>,
    limit: Option<usize>,
    after: Option<String>,
}

/// Records per page of a list unless the caller asks for fewer or more, and the most.
pub const DEFAULT_PAGE: usize = 100;
pub const MAX_PAGE: usize = 1000;

fn kind_of(collection: &str) -> Result<&'static str, ApiError> {
    COLLECTIONS.iter().find(|(c, _)| *c == collection).map(|(_, k)| *k).ok_or_else(|| ApiError::not_found("collection", collection))
}

/// One page of the records of a kind (optionally of one initiative) in id
/// order, with the cursor of the next page (`next`, to pass as `after`).
async fn list_collection(
    State(app): State<AppState>,
    ApiReader(principal): ApiReader,
    Path(collection): Path<String>,
    query: ApiQuery<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    let kind = kind_of(&collection)?;
    list_page(&app, &principal, kind, query)
}

/// [`list_collection`] for a kind whose path has its own route (passes, crossings).
pub(crate) fn list_page(
    app: &AppState,
    principal: &Principal,
    kind: &str,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    let limit = page_limit(q.limit)?;
    let initiative = q.initiative.as_deref();
    let keep = |v: &Value| initiative.is_none_or(|ini| v.get("initiative").and_then(Value::as_str) == Some(ini));
    let today = jiff::Zoned::now().date();
    let (items, next) = app
        .engine
        .read_as(principal, |s| {
            s.records_json_page(kind, q.after.as_deref(), limit, &keep)
                .map(|(items, next)| (items.into_iter().map(|row| with_derived(s, row, today)).collect::<Vec<_>>(), next))
        })
        .map_err(|e| ApiError::say(StatusCode::BAD_REQUEST, "invalid_query", "error-page-after", &[("reason", e.to_string())]))?;
    Ok(Json(json!({ "items": items, "next": next })))
}

/// A query string's integer `name` within `range`, or `invalid_query` naming it
/// (what the OpenAPI document's `minimum`/`maximum` say, the server checks).
pub fn query_in_range<T: PartialOrd + std::fmt::Display>(name: &str, value: T, range: std::ops::RangeInclusive<T>) -> Result<T, ApiError> {
    if range.contains(&value) {
        return Ok(value);
    }
    let args =
        [("name", name.to_owned()), ("min", range.start().to_string()), ("max", range.end().to_string()), ("value", value.to_string())];
    Err(ApiError::say(StatusCode::BAD_REQUEST, "invalid_query", "error-query-range", &args))
}

/// A page's `limit`: 1 to [`MAX_PAGE`], [`DEFAULT_PAGE`] when not given.
pub fn page_limit(limit: Option<usize>) -> Result<usize, ApiError> {
    match limit {
        None => Ok(DEFAULT_PAGE),
        Some(n) if (1..=MAX_PAGE).contains(&n) => Ok(n),
        Some(n) => Err(ApiError::say(
            StatusCode::BAD_REQUEST,
            "invalid_query",
            "error-page-limit",
            &[("limit", n.to_string()), ("max", MAX_PAGE.to_string())],
        )),
    }
}

async fn get_record(
    State(app): State<AppState>,
    ApiReader(principal): ApiReader,
    Path((collection, id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let kind = kind_of(&collection)?;
    // A record the caller may not read is answered as if it did not exist.
    let today = jiff::Zoned::now().date();
    let found = app.engine.read_as(&principal, |s| s.record_json(&id).map(|(k, row)| (k, with_derived(s, row, today))));
    match found {
        Some((k, body)) if k == kind => Ok(Json(body)),
        _ => Err(ApiError::not_found(kind, &id)),
    }
}

/// A record's row with what is derived from it on the reading day (`derived`):
/// a commitment's overdue flags and score in force, an approval's lapse
/// warning. Never stored: a function of the record and the day.
fn with_derived(s: &jirga_core::State, mut row: Value, today: jiff::civil::Date) -> Value {
    let id = row.get("id").and_then(Value::as_str).unwrap_or_default().to_owned();
    let derived = if let Ok(c) = id.parse::<jirga_core::ids::CommitmentId>() {
        s.commitments.get(&c).map(|c| {
            json!({"reading_day": today, "overdue": c.overdue_on(today),
                "overdue_milestones": if c.is_open() { c.overdue_milestones(today).map(|(n, _)| n).collect::<Vec<_>>() } else { vec![] },
                "score": c.score_on(today).map(|s| s.score)})
        })
    } else if let Ok(a) = id.parse::<jirga_core::ids::ApprovalId>() {
        s.approvals.get(&a).map(|a| json!({"reading_day": today, "lapsing_on": a.lapsing_on(today)}))
    } else {
        None
    };
    if let (Some(derived), Some(object)) = (derived, row.as_object_mut()) {
        object.insert("derived".into(), derived);
    }
    row
}

/// The agreement document of an agreed commitment (see `jirga_service::agreement`),
/// for a reader who may read the commitment.
async fn agreement(State(app): State<AppState>, ApiReader(principal): ApiReader, Path(id): Path<String>) -> Result<Response, ApiError> {
    let commitment = id.parse::<jirga_core::ids::CommitmentId>().map_err(|_| ApiError::not_found("commitment", &id))?;
    if !app.engine.read_as(&principal, |s| s.commitments.contains_key(&commitment)) {
        return Err(ApiError::not_found("commitment", &id));
    }
    let doc = jirga_service::agreement::document(&app.engine, &jirga_core::agreement::Subject::Commitment(commitment))
        .map_err(|reason| ApiError::new(StatusCode::CONFLICT, "no_agreement", reason))?;
    Ok(Json(doc).into_response())
}

/// The agreement document of an outcome agreed in a meeting the reader may read.
async fn outcome_agreement(
    State(app): State<AppState>,
    ApiReader(principal): ApiReader,
    Path((id, n)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let meeting = id.parse::<jirga_core::ids::MeetingId>().map_err(|_| ApiError::not_found("meeting", &id))?;
    let n: u32 = n.parse().map_err(|_| ApiError::not_found("outcome", &n))?;
    if !app.engine.read_as(&principal, |s| s.meetings.contains_key(&meeting)) {
        return Err(ApiError::not_found("meeting", &id));
    }
    let doc = jirga_service::agreement::document(&app.engine, &jirga_core::agreement::Subject::Outcome(meeting, n))
        .map_err(|reason| ApiError::new(StatusCode::CONFLICT, "no_agreement", reason))?;
    Ok(Json(doc).into_response())
}

async fn initiative_status(
    State(app): State<AppState>,
    ApiReader(principal): ApiReader,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let today = jiff::Zoned::now().date();
    app.engine.read_as(&principal, |s| {
        let ini =
            id.parse::<InitiativeId>().ok().and_then(|i| s.initiatives.get(&i)).ok_or_else(|| ApiError::not_found("initiative", &id))?;
        let g = gates(s, &ini.id, today);
        let l = crate::i18n::english();
        let gate_json: Vec<Value> = g
            .iter()
            .map(|gate| {
                json!({"step": gate.step, "status": gate.status,
                    "blocked_by": gate.blocker.as_ref().map(|b| json!({"code": b.code(), "message": l.rule_error(b)}))})
            })
            .collect();
        let open_commitments = s.commitments.values().filter(|c| c.initiative == ini.id && c.is_open()).count();
        let contested = s.claims.values().filter(|c| c.initiative == ini.id && c.is_contested()).count();
        Ok(Json(json!({
            "initiative": ini.id,
            "gates": gate_json,
            "next_gate": next_gate(&g).map(|gate| gate.step),
            "open_commitments": open_commitments,
            "contested_claims": contested,
        })))
    })
}

/// Who the caller is, as the authorizer sees them.
async fn me(ApiReader(p): ApiReader) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!({
        "user": p.actor.user, "name": p.actor.name, "organization": p.actor.organization,
        "organization_kind": p.org_kind, "roles": p.roles, "person": p.person,
    })))
}

#[derive(Deserialize)]
struct EventsQuery {
    #[serde(default)]
    from: u64,
    limit: Option<usize>,
}

async fn list_events(
    State(app): State<AppState>,
    LogReader(_): LogReader,
    ApiQuery(q): ApiQuery<EventsQuery>,
) -> Result<Json<Value>, ApiError> {
    let limit = page_limit(q.limit)?;
    let from = query_in_range("from", q.from, 0..=MAX_SAFE_INTEGER)?;
    let events = app.engine.events(from, limit).map_err(|e| {
        tracing::error!(error = %e, "reading events");
        ApiError::say(StatusCode::INTERNAL_SERVER_ERROR, "internal", "error-internal", &[])
    })?;
    Ok(Json(json!({ "items": events })))
}
