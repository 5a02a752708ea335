//! The API's one error type: every failure becomes `{"code", "message"}` with the
//! right HTTP status. The service layer's [`Refusal`]s (and the engine's errors
//! through them) are rendered here; internal failures are logged with their
//! cause and answered with a generic message.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jirga_engine::ExecError;
use jirga_service::refusal::{Kind, Refusal};

/// A [`Refusal`] with the HTTP status it is answered with: the status follows
/// from the refusal's kind, except for the refusals only HTTP has (401, 408,
/// 410, 413, ...), which set it themselves.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub refusal: Refusal,
}

impl ApiError {
    /// A refusal of the HTTP layer itself, with its own status.
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        let kind = match status.as_u16() {
            401 | 403 => Kind::Forbidden,
            404 | 410 => Kind::NotFound,
            409 => Kind::Conflict,
            422 => Kind::Invalid,
            503 => Kind::Unavailable,
            500..=599 => Kind::Internal,
            _ => Kind::Malformed,
        };
        ApiError { status, refusal: Refusal::new(kind, code, message) }
    }

    /// 422 `invalid_field` (see [`Refusal::invalid_field`]).
    pub fn invalid_field(field: &str, reason: impl Into<String>) -> Self {
        Refusal::invalid_field(field, reason).into()
    }

    /// See [`Refusal::invalid_body`].
    pub fn invalid_body(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        Refusal::invalid_body(err).into()
    }

    /// 500, the cause logged and never answered (see [`Refusal::internal`]).
    pub fn internal(what: &str, cause: &(dyn std::error::Error + 'static)) -> Self {
        Refusal::internal(what, cause).into()
    }

    pub fn not_found(kind: &str, id: &str) -> Self {
        Refusal::not_found(kind, id).into()
    }

    /// A request body that could not become a command (see [`Refusal::from_parse`]).
    pub fn from_parse(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        Refusal::from_parse(err).into()
    }
}

/// The service layer's refusals, as HTTP answers.
impl From<Refusal> for ApiError {
    fn from(r: Refusal) -> Self {
        let status = match r.kind {
            Kind::Malformed => StatusCode::BAD_REQUEST,
            Kind::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
            Kind::Forbidden => StatusCode::FORBIDDEN,
            Kind::NotFound => StatusCode::NOT_FOUND,
            Kind::Conflict => StatusCode::CONFLICT,
            Kind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Kind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError { status, refusal: r }
    }
}

impl From<ExecError> for ApiError {
    fn from(err: ExecError) -> Self {
        Refusal::from(err).into()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let Refusal { code, message, field, .. } = self.refusal;
        let mut body = serde_json::json!({ "code": code, "message": message });
        if let Some(field) = field {
            body["field"] = field.into();
        }
        (self.status, axum::Json(body)).into_response()
    }
}
