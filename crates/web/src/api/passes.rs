//! Passes and crossings over the API: issue (`POST /api/v1/passes`, a pass
//! application; the holder's data is kept apart from the record), fetch a pass's
//! signed document (pass and border officers), verify a document
//! (`POST /api/v1/passes/verify`), record a crossing with a document verified by
//! the server (`POST /api/v1/crossings`), and the authority's signed trust and
//! revocation lists for border posts. Revoking is `revoke_pass` on `/api/v1/commands`.

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::handler::Handler;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use jirga_core::ids::{CrossingId, PassId};
use jirga_core::model::Direction;
use jirga_core::pass::PointCode;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ApiReader, ApiWriter};
use crate::AppState;
use crate::error::ApiError;
use crate::i18n::english;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/passes",
            get(|State(app): State<AppState>, ApiReader(principal): ApiReader, q| async move {
                crate::api::list_page(&app, &principal, "pass", q)
            })
            .post(issue.layer(axum::extract::DefaultBodyLimit::max(jirga_passes::photo::MAX_UPLOAD_BYTES + 1024 * 1024))),
        )
        .route("/api/v1/passes/verify", post(verify))
        .route("/api/v1/passes/{id}/document", get(document))
        .route(
            "/api/v1/crossings",
            get(|State(app): State<AppState>, ApiReader(principal): ApiReader, q| async move {
                crate::api::list_page(&app, &principal, "crossing", q)
            })
            .post(record_crossing),
        )
        .route("/api/v1/trust-list", get(trust_list))
        .route("/api/v1/revocation-list", get(revocation_list))
}

/// The collection listing these paths also serve (their POST is not a command).
fn body_json(body: &Bytes) -> Result<Value, ApiError> {
    serde_json::from_slice(body).map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "malformed_json", e.to_string()))
}

/// `POST /api/v1/passes`: the application as JSON, or as `multipart/form-data`
/// with the application in a part named `application` (JSON) and the holder's
/// photo (JPEG or PNG) in a part named `photo`.
async fn issue(State(app): State<AppState>, ApiWriter(principal): ApiWriter, request: Request) -> Result<Response, ApiError> {
    let (json, photo) = if is_multipart(request.headers()) {
        application_and_photo(&app, request).await?
    } else {
        // The larger limit of this route is for photos: JSON keeps the API's own.
        let too_large = |reason: String| {
            let limit = crate::api::MAX_BODY_BYTES.to_string();
            ApiError::say(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", "error-payload", &[("limit", limit), ("reason", reason)])
        };
        let body = Bytes::from_request(request, &app).await.map_err(|e| too_large(e.body_text()))?;
        if body.len() > crate::api::MAX_BODY_BYTES {
            return Err(too_large(format!("{} bytes", body.len())));
        }
        (body_json(&body)?, None)
    };
    let application = crate::passes::parse_application(json)?;
    let photo = photo.map(|bytes| jirga_service::passes::holder_photo(&bytes, "photo")).transpose()?;
    let (committed, document) = crate::passes::issue(&app, &principal, &application, photo.as_ref()).await?;
    let pass: Option<PassId> = committed.created_first();
    let document_id = app.engine.read(|s| pass.as_ref().and_then(|id| s.passes.get(id)).map(|p| p.document_id.to_string()));
    Ok((
        StatusCode::CREATED,
        Json(json!({"type": "issue_pass", "seq": committed.seq, "pass": pass, "document_id": document_id, "document": document})),
    )
        .into_response())
}

fn is_multipart(headers: &axum::http::HeaderMap) -> bool {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("multipart/form-data"))
}

/// The `application` (JSON) and `photo` parts of a multipart issue request;
/// any other part, or either twice, is refused naming it.
async fn application_and_photo(app: &AppState, request: Request) -> Result<(Value, Option<Vec<u8>>), ApiError> {
    let malformed = |message: String| ApiError::new(StatusCode::BAD_REQUEST, "malformed_multipart", message);
    let mut form = Multipart::from_request(request, app).await.map_err(|e| malformed(e.body_text()))?;
    let (mut application, mut photo) = (None, None);
    while let Some(field) = form.next_field().await.map_err(|e| malformed(e.body_text()))? {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|e| malformed(e.body_text()))?;
        let slot = match name.as_str() {
            "application" => &mut application,
            "photo" => &mut photo,
            _ => return Err(ApiError::invalid_field(&name, english().t("error-multipart-part"))),
        };
        if slot.replace(bytes.to_vec()).is_some() {
            return Err(ApiError::invalid_field(&name, english().t("error-multipart-twice")));
        }
    }
    let application = application.ok_or_else(|| ApiError::invalid_field("application", english().t("error-multipart-application")))?;
    Ok((body_json(&Bytes::from(application))?, photo))
}

/// The signed document of one of our passes: it carries the holder's data, so
/// only those who may read holders' data get it.
async fn document(State(app): State<AppState>, ApiReader(principal): ApiReader, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let pass: Option<PassId> = id.parse().ok();
    let document_id = app.engine.read_as(&principal, |s| pass.and_then(|pass| s.passes.get(&pass)).map(|p| p.document_id.to_string()));
    let document_id = document_id.ok_or_else(|| ApiError::not_found("pass", &id))?;
    if !app.engine.may_read(&principal, jirga_engine::Read::HolderData) {
        return Err(ApiError::say(StatusCode::FORBIDDEN, "not_authorized", "error-may-not-read-holders", &[]));
    }
    let holder = crate::passes::holder(&app, &principal, &document_id)
        .ok_or_else(|| ApiError::say(StatusCode::GONE, "holder_erased", "error-holder-erased", &[]))?;
    Ok(Json(json!({"pass": id, "document_id": document_id, "document": holder.document})))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerifyRequest {
    text: String,
    #[serde(default)]
    crossing_point: Option<PointCode>,
}

async fn verify(State(app): State<AppState>, ApiReader(_): ApiReader, body: Bytes) -> Result<Json<Value>, ApiError> {
    let request: VerifyRequest = serde_path_to_error::deserialize(body_json(&body)?).map_err(ApiError::invalid_body)?;
    let verdict = crate::passes::verify(&app, &request.text, request.crossing_point.as_ref())?;
    Ok(Json(serde_json::to_value(verdict).expect("serializes")))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CrossingRequest {
    text: String,
    crossing_point: PointCode,
    direction: Direction,
}

async fn record_crossing(State(app): State<AppState>, ApiWriter(principal): ApiWriter, body: Bytes) -> Result<Response, ApiError> {
    let request: CrossingRequest = serde_path_to_error::deserialize(body_json(&body)?).map_err(ApiError::invalid_body)?;
    let (committed, verdict) = crate::passes::record_crossing(
        &app,
        &principal,
        &request.text,
        &request.crossing_point,
        request.direction,
        crate::passes::Presentation::AsPresented,
    )
    .await?;
    let crossing: Option<CrossingId> = committed.created_first();
    let id = committed.created.first().cloned().unwrap_or_default();
    let anomalies = app.engine.read(|s| crossing.and_then(|c| s.crossings.get(&c)).map(|c| c.anomalies.clone()).unwrap_or_default());
    Ok((
        StatusCode::CREATED,
        Json(json!({"type": "record_crossing", "seq": committed.seq, "crossing": id, "anomalies": anomalies, "verdict": verdict})),
    )
        .into_response())
}

fn signed_file(text: String) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], text).into_response()
}

async fn trust_list(State(app): State<AppState>, ApiReader(_): ApiReader) -> Result<Response, ApiError> {
    let keyring = crate::passes::keyring(&app)?;
    let list = jirga_passes::trust::own_trust_list(&keyring, jiff::Timestamp::now().as_second());
    Ok(signed_file(list.sign(keyring.list_key())))
}

async fn revocation_list(State(app): State<AppState>, ApiReader(_): ApiReader) -> Result<Response, ApiError> {
    let keyring = crate::passes::keyring(&app)?;
    let now = jiff::Timestamp::now().as_second();
    let list = app.engine.read(|s| jirga_passes::trust::own_revocation_list(&keyring, s, now));
    Ok(signed_file(list.sign(keyring.list_key())))
}
