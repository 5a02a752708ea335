//! The witness over HTTP: `POST /add-checkpoint` as C2SP tlog-witness v1.0.0
//! specifies it, and `GET /logs` for monitors (the latest checkpoint the
//! witness cosigned for each log, as JSON with the cosigned note).

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::request::MAX_BODY_BYTES;
use crate::{Refusal, Witness};

pub fn router(witness: Arc<Witness>) -> Router {
    Router::new()
        .route("/add-checkpoint", post(add_checkpoint))
        .route("/logs", get(logs))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(witness)
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

async fn add_checkpoint(State(witness): State<Arc<Witness>>, body: Bytes) -> Response {
    // SQLite and Ed25519 on a blocking thread: the check and the write are one transaction.
    let answer = tokio::task::spawn_blocking(move || witness.add_checkpoint(&body, now())).await;
    match answer {
        Ok(Ok(lines)) => ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], lines).into_response(),
        Ok(Err(Refusal::Conflict { stored })) => {
            (StatusCode::CONFLICT, [(header::CONTENT_TYPE, "text/x.tlog.size")], format!("{stored}\n")).into_response()
        }
        Ok(Err(refusal)) => {
            let status = StatusCode::from_u16(refusal.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], format!("{refusal}\n")).into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

async fn logs(State(witness): State<Arc<Witness>>) -> Response {
    match witness.latest() {
        Ok(rows) => {
            let items: Vec<serde_json::Value> = rows
                .into_iter()
                .map(|(origin, s)| serde_json::json!({"origin": origin, "size": s.size, "root": crate::b64(&s.root), "checkpoint": s.note}))
                .collect();
            ([(header::CONTENT_TYPE, "application/json")], serde_json::json!({"logs": items}).to_string()).into_response()
        }
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}
