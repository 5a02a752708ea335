//! The API's one error type: every failure becomes `{"code", "message"}` with the
//! right HTTP status. The service layer's [`Refusal`]s (and the engine's errors
//! through them) are rendered here; internal failures are logged with their
//! cause and answered with a generic message.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jirga_engine::ExecError;
use jirga_service::refusal::{Kind, Refusal};

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: String,
    pub message: String,
    /// The command field the error is about, when known.
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        ApiError { status, code: code.to_owned(), message: message.into(), field: None }
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
        ApiError { status, code: r.code, message: r.message, field: r.field }
    }
}

impl From<ExecError> for ApiError {
    fn from(err: ExecError) -> Self {
        Refusal::from(err).into()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = serde_json::json!({ "code": self.code, "message": self.message });
        if let Some(field) = self.field {
            body["field"] = field.into();
        }
        (self.status, axum::Json(body)).into_response()
    }
}
