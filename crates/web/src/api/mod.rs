//! The JSON API under `/api/v1`: one endpoint takes every command; every record
//! kind can be listed and read; the event log can be paged. Described by the
//! OpenAPI document at `/api/v1/openapi.json`.

mod incidents;
pub mod ledger;
pub mod openapi;
pub mod passes;
mod query;

pub use query::ApiQuery;

use axum::http::HeaderMap;
use jirga_core::Principal;
use jirga_engine::Read;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use jirga_core::Command;
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
        .route("/api/v1/openapi.json", get(openapi::serve))
        .route("/api/v1/commands", post(post_command))
        .route("/api/v1/events", get(list_events))
        .route("/api/v1/me", get(me))
        .route("/api/v1/initiatives/{id}/status", get(initiative_status))
        .route("/api/v1/{collection}", get(list_collection))
        .route("/api/v1/{collection}/{id}", get(get_record))
        .route("/api/{*rest}", axum::routing::any(api_not_found))
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
    ApiError::new(StatusCode::UNAUTHORIZED, "unauthenticated", crate::i18n::english().t("error-unauthenticated"))
}

/// The caller may read the event log and the ledger, or the request is refused.
fn log_reader(app: &AppState, headers: &HeaderMap) -> Result<Principal, ApiError> {
    let principal = reader(app, headers)?;
    if !app.engine.may_read(&principal, Read::Log) {
        return Err(ApiError::new(StatusCode::FORBIDDEN, "not_authorized", crate::i18n::english().t("error-may-not-read-log")));
    }
    Ok(principal)
}

async fn api_not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no_such_endpoint", crate::i18n::english().t("error-no-such-endpoint"))
}

/// A field holding a day, by the names the commands and the pass application
/// give them (`held_on`, `valid_from`, `valid_until`, `planned_for`, `on`,
/// `date_of_birth`, ...).
fn is_date_field(key: &str) -> bool {
    key == "on" || key == "date_of_birth" || ["_on", "_from", "_until", "_for"].iter().any(|s| key.ends_with(s))
}

/// Days are written `YYYY-MM-DD` with a four-digit year from 1000, as the
/// OpenAPI document's `format: date` says; the date parser alone also takes
/// `-009999-01-01`, `0000-01-01` and `20250301`. (Whether a day is plausible
/// — not in the future, after another — is the domain's to judge.)
pub fn check_dates(value: &Value) -> Result<(), ApiError> {
    fn walk(value: &Value, path: &str) -> Result<(), ApiError> {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                    // (An empty one is a form's unfilled optional day: the command's own parse judges it.)
                    if let (true, Value::String(text)) = (is_date_field(key), v)
                        && !text.is_empty()
                    {
                        let well_formed = text.len() == 10
                            && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
                            && !text.starts_with('0');
                        if !well_formed {
                            let message = crate::i18n::english()
                                .t_args("error-bad-date", &[("field", here.clone()), ("value", text.chars().take(40).collect())]);
                            let mut err = ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_field", message);
                            err.field = Some(here);
                            return Err(err);
                        }
                    }
                    walk(v, &here)?;
                }
                Ok(())
            }
            Value::Array(items) => items.iter().enumerate().try_for_each(|(i, v)| walk(v, &format!("{path}.{i}"))),
            _ => Ok(()),
        }
    }
    walk(value, "")
}

/// JSON does not tell `371` from `371.0`, nor does the schema's `integer`:
/// write every number without a fraction as an integer, so that the typed
/// fields (`u32`, …) take it. True when anything was rewritten.
pub fn integral_numbers_as_integers(value: &mut Value) -> bool {
    match value {
        Value::Number(n) if n.is_f64() => {
            let Some(f) = n.as_f64() else { return false };
            // Within ±2^53 a float is an integer exactly; beyond it, leave it to the field's range check.
            if f.fract() != 0.0 || f.abs() > MAX_SAFE_INTEGER as f64 {
                return false;
            }
            *value = if f < 0.0 { Value::from(f as i64) } else { Value::from(f as u64) };
            true
        }
        Value::Array(items) => items.iter_mut().fold(false, |changed, v| integral_numbers_as_integers(v) | changed),
        Value::Object(map) => map.values_mut().fold(false, |changed, v| integral_numbers_as_integers(v) | changed),
        _ => false,
    }
}

/// Parse a body into a command, with JSON errors that name the field.
pub fn parse_command(body: &[u8]) -> Result<Command, ApiError> {
    let mut rewritten = None;
    if let Ok(mut value) = serde_json::from_slice::<Value>(body) {
        check_dates(&value)?;
        if integral_numbers_as_integers(&mut value) {
            rewritten = Some(serde_json::to_vec(&value).expect("JSON serializes"));
        }
    }
    let body = rewritten.as_deref().unwrap_or(body);
    let mut de = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, Command>(&mut de) {
        Ok(command) => {
            de.end().map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "malformed_json", e.to_string()))?;
            Ok(command)
        }
        Err(err) if err.path().to_string() == "." && err.inner().classify() == serde_json::error::Category::Data => {
            let reason = err.into_inner().to_string();
            let missing = reason.strip_prefix("missing field `").and_then(|r| r.split('`').next()).map(str::to_owned);
            let field = missing.or_else(|| serde_json::from_slice::<Value>(body).ok().and_then(|v| failing_field(&v)));
            let l = crate::i18n::english();
            Err(match field {
                Some(field) => ApiError::invalid_field(&field, reason),
                None => ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid_field",
                    l.t_args("error-invalid-command", &[("reason", reason)]),
                ),
            })
        }
        Err(err) => Err(ApiError::from_parse(err)),
    }
}

/// The field a command's data error is about. Commands are internally tagged, so
/// serde cannot report the path; but it checks fields in input order and reports
/// missing fields only at the end, so the first prefix of the object that fails for
/// another reason than a missing field ends with the culprit.
fn failing_field(value: &Value) -> Option<String> {
    let object = value.as_object()?;
    let mut prefix = serde_json::Map::new();
    prefix.insert("type".into(), object.get("type")?.clone());
    for (key, field_value) in object.iter().filter(|(k, _)| *k != "type") {
        prefix.insert(key.clone(), field_value.clone());
        if let Err(e) = serde_json::from_value::<Command>(Value::Object(prefix.clone()))
            && !e.to_string().starts_with("missing field")
        {
            return Some(key.clone());
        }
    }
    None
}

async fn post_command(
    State(app): State<AppState>,
    ApiWriter(principal): ApiWriter,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body.map_err(|rejection| {
        if timed_out(&rejection) {
            return ApiError::new(StatusCode::REQUEST_TIMEOUT, "request_timeout", crate::i18n::english().t("error-request-timeout"));
        }
        let status = rejection.status();
        let code = if status == StatusCode::PAYLOAD_TOO_LARGE { "payload_too_large" } else { "bad_request" };
        ApiError::new(
            status,
            code,
            crate::i18n::english().t_args("error-payload", &[("limit", MAX_BODY_BYTES.to_string()), ("reason", rejection.body_text())]),
        )
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
        _ => Err(ApiError::new(StatusCode::BAD_REQUEST, "bad_idempotency_key", crate::i18n::english().t("error-bad-idempotency-key"))),
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
    let (items, next) = app.engine.read_as(principal, |s| s.records_json_page(kind, q.after.as_deref(), limit, &keep));
    Ok(Json(json!({ "items": items, "next": next })))
}

/// The largest integer a JSON number holds exactly (2^53 − 1): the schema's
/// bound for log positions and tree sizes, which the server holds to as well.
pub const MAX_SAFE_INTEGER: u64 = 9_007_199_254_740_991;

/// A query string's integer `name` within `range`, or `invalid_query` naming it
/// (what the OpenAPI document's `minimum`/`maximum` say, the server checks).
pub fn query_in_range<T: PartialOrd + std::fmt::Display>(name: &str, value: T, range: std::ops::RangeInclusive<T>) -> Result<T, ApiError> {
    if range.contains(&value) {
        return Ok(value);
    }
    let args =
        [("name", name.to_owned()), ("min", range.start().to_string()), ("max", range.end().to_string()), ("value", value.to_string())];
    Err(ApiError::new(StatusCode::BAD_REQUEST, "invalid_query", crate::i18n::english().t_args("error-query-range", &args)))
}

/// A page's `limit`: 1 to [`MAX_PAGE`], [`DEFAULT_PAGE`] when not given.
pub fn page_limit(limit: Option<usize>) -> Result<usize, ApiError> {
    match limit {
        None => Ok(DEFAULT_PAGE),
        Some(n) if (1..=MAX_PAGE).contains(&n) => Ok(n),
        Some(n) => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_query",
            crate::i18n::english().t_args("error-page-limit", &[("limit", n.to_string()), ("max", MAX_PAGE.to_string())]),
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
    let found = app.engine.read_as(&principal, |s| s.record_json(&id));
    match found {
        Some((k, body)) if k == kind => Ok(Json(body)),
        _ => Err(ApiError::not_found(kind, &id)),
    }
}

async fn initiative_status(
    State(app): State<AppState>,
    ApiReader(principal): ApiReader,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let today = jiff::Zoned::now().date();
    app.engine.read_as(&principal, |s| {
        let ini = s.initiatives.get(&id.as_str().into()).ok_or_else(|| ApiError::not_found("initiative", &id))?;
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
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", crate::i18n::english().t("error-internal"))
    })?;
    Ok(Json(json!({ "items": events })))
}
