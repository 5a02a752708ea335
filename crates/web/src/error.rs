//! The API's one error type: every failure becomes `{"code", "message"}` with the
//! right HTTP status. Internal failures are logged with their cause and answered
//! with a generic message.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jirga_core::error::ErrorClass;
use jirga_engine::ExecError;

use crate::i18n::english;

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

    pub fn not_found(kind: &str, id: &str) -> Self {
        let err = jirga_core::RuleError::NotFound { kind: static_kind(kind), id: id.to_owned() };
        Self::from(ExecError::Rule(err))
    }

    /// A request body that could not become a command.
    pub fn from_parse(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let (status, code) = match inner.classify() {
            serde_json::error::Category::Data => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_field"),
            _ => (StatusCode::BAD_REQUEST, "malformed_json"),
        };
        let is_data = status == StatusCode::UNPROCESSABLE_ENTITY;
        let field = (is_data && path != "." && path != "?").then_some(path);
        let message = match &field {
            Some(f) => english().t_args("error-invalid-field", &[("field", f.clone()), ("reason", inner.to_string())]),
            None => english().t_args("error-malformed-json", &[("reason", inner.to_string())]),
        };
        ApiError { status, code: code.into(), message, field }
    }
}

fn static_kind(kind: &str) -> &'static str {
    // Kinds come from a closed set; map to static names without leaking memory.
    jirga_core::state::RECORD_KINDS.iter().map(|(_, k)| *k).chain(["event", "collection"]).find(|k| *k == kind).unwrap_or("record")
}

impl From<ExecError> for ApiError {
    fn from(err: ExecError) -> Self {
        match err {
            ExecError::Rule(rule) => {
                let status = match rule.class() {
                    ErrorClass::NotFound => StatusCode::NOT_FOUND,
                    ErrorClass::Conflict => StatusCode::CONFLICT,
                    ErrorClass::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
                };
                ApiError {
                    status,
                    code: rule.code().to_owned(),
                    message: english().rule_error(&rule),
                    field: rule.field().map(str::to_owned),
                }
            }
            ExecError::Denied(denied) => {
                let status = match denied.code {
                    "policy_invalid" | "policy_locks_everyone_out" => StatusCode::UNPROCESSABLE_ENTITY,
                    "policy_stale" => StatusCode::CONFLICT,
                    _ => StatusCode::FORBIDDEN,
                };
                let args = [("user", denied.user.clone()), ("command", denied.command.to_owned()), ("reason", denied.reason.clone())];
                let message = english().t_args("error-denied", &args);
                ApiError {
                    status,
                    code: denied.code.to_owned(),
                    message,
                    field: (denied.code != "not_authorized").then(|| "text".to_owned()),
                }
            }
            ExecError::Storage(cause) => {
                tracing::error!(%cause, "storage failure");
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "storage_unavailable", english().t("error-storage"))
            }
            ExecError::ReadOnly => ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "read_only", english().t("error-read-only")),
            ExecError::ShuttingDown => ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "shutting_down", english().t("error-shutting-down")),
        }
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
