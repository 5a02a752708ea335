//! The ledger over HTTP: latest signed checkpoint, public key, inclusion and
//! consistency proofs, and entries. Hashes are standard base64.

use axum::extract::State;

use super::{ApiQuery, LogReader, MAX_SAFE_INTEGER, query_in_range};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use jirga_engine::ledger::LedgerQueryError;
use jirga_ledger::tree::{b64, leaf_hash};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::error::ApiError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/ledger/checkpoint", get(checkpoint))
        .route("/api/v1/ledger/public-key", get(public_key))
        .route("/api/v1/ledger/inclusion", get(inclusion))
        .route("/api/v1/ledger/consistency", get(consistency))
        .route("/api/v1/ledger/entries", get(entries))
}

impl From<LedgerQueryError> for ApiError {
    fn from(err: LedgerQueryError) -> Self {
        match err {
            LedgerQueryError::Off => ApiError::say(StatusCode::NOT_FOUND, "ledger_off", "error-ledger-off", &[]),
            // No proof exists for a tree the log has not reached, or for sizes
            // that contradict each other: not found, rather than a bad request
            // (the query itself is well formed, and the same one may be answered later).
            LedgerQueryError::OutOfRange(m) => ApiError::new(StatusCode::NOT_FOUND, "out_of_range", m),
            LedgerQueryError::Store(cause) => {
                tracing::error!(%cause, "ledger read");
                ApiError::say(StatusCode::INTERNAL_SERVER_ERROR, "internal", "error-internal", &[])
            }
        }
    }
}

fn text(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

/// The newest checkpoint a quorum of the record's witnesses cosigned, with
/// their cosignatures; without witnesses (or before a quorum cosigned one),
/// the newest the log signed.
async fn checkpoint(State(app): State<AppState>) -> Result<Response, ApiError> {
    if let Some(cosigned) = app.witnesses.as_ref().and_then(|w| w.cosigned_checkpoint()) {
        return Ok(text(cosigned));
    }
    let latest = app.engine.with_reader(|s| s.latest_checkpoint()).map_err(|e| LedgerQueryError::Store(e.to_string()))?;
    match latest {
        Some(cp) => Ok(text(cp.note)),
        None => Err(ApiError::say(StatusCode::NOT_FOUND, "no_checkpoint", "error-no-checkpoint", &[])),
    }
}

async fn public_key(State(app): State<AppState>) -> Result<Response, ApiError> {
    let key = app.engine.public_key().ok_or(LedgerQueryError::Off)?;
    Ok(text(format!("{key}\n")))
}

#[derive(Deserialize)]
struct InclusionQuery {
    index: u64,
    size: Option<u64>,
}

async fn inclusion(
    State(app): State<AppState>,
    LogReader(_): LogReader,
    ApiQuery(q): ApiQuery<InclusionQuery>,
) -> Result<Json<Value>, ApiError> {
    let index = query_in_range("index", q.index, 0..=MAX_SAFE_INTEGER)?;
    let size = q.size.map(|size| query_in_range("size", size, 1..=MAX_SAFE_INTEGER)).transpose()?;
    let p = app.engine.inclusion_proof(index, size)?;
    Ok(Json(json!({
        "index": p.index, "size": p.size, "leaf_hash": b64(&p.leaf_hash), "root": b64(&p.root),
        "proof": p.proof.iter().map(b64).collect::<Vec<_>>(),
    })))
}

#[derive(Deserialize)]
struct ConsistencyQuery {
    size1: u64,
    size2: Option<u64>,
}

async fn consistency(
    State(app): State<AppState>,
    LogReader(_): LogReader,
    ApiQuery(q): ApiQuery<ConsistencyQuery>,
) -> Result<Json<Value>, ApiError> {
    let size1 = query_in_range("size1", q.size1, 1..=MAX_SAFE_INTEGER)?;
    let size2 = q.size2.map(|size| query_in_range("size2", size, 1..=MAX_SAFE_INTEGER)).transpose()?;
    let p = app.engine.consistency_proof(size1, size2)?;
    Ok(Json(json!({
        "size1": p.size1, "size2": p.size2, "root1": b64(&p.root1), "root2": b64(&p.root2),
        "proof": p.proof.iter().map(b64).collect::<Vec<_>>(),
    })))
}

#[derive(Deserialize)]
struct EntriesQuery {
    #[serde(default)]
    start: u64,
    limit: Option<usize>,
}

async fn entries(
    State(app): State<AppState>,
    LogReader(_): LogReader,
    ApiQuery(q): ApiQuery<EntriesQuery>,
) -> Result<Json<Value>, ApiError> {
    let limit = super::page_limit(q.limit)?;
    let start = query_in_range("start", q.start, 0..=MAX_SAFE_INTEGER)?;
    let stored = app.engine.with_reader(|s| s.events(start, limit)).map_err(|e| LedgerQueryError::Store(e.to_string()))?;
    let items: Vec<Value> =
        stored.iter().map(|e| json!({"index": e.seq, "leaf_hash": b64(&leaf_hash(&e.bytes)), "data": STANDARD.encode(&e.bytes)})).collect();
    Ok(Json(json!({ "items": items })))
}
