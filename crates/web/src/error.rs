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

    /// 422 `invalid_field`: the field `field` (a command's or a form's path,
    /// `holder.name_latin`) could not be read, for `reason`; the message
    /// names both, and forms put it beside the field.
    pub fn invalid_field(field: &str, reason: impl Into<String>) -> Self {
        let message = english().t_args("error-invalid-field", &[("field", field.to_owned()), ("reason", reason.into())]);
        let field = (!field.is_empty() && field != "." && field != "?").then(|| field.to_owned());
        ApiError { status: StatusCode::UNPROCESSABLE_ENTITY, code: "invalid_field".into(), message, field }
    }

    /// A JSON body that parsed but is not the request it should be: the
    /// failing field's path named (`serde_path_to_error`), or the whole body.
    pub fn invalid_body(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let field = err.path().to_string();
        let reason = err.into_inner().to_string();
        match field.as_str() {
            "." | "?" => ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_field",
                english().t_args("error-invalid-command", &[("reason", reason)]),
            ),
            _ => Self::invalid_field(&field, reason),
        }
    }

    /// 500 for a failure of ours: its cause (and the chain of causes) goes to
    /// the log, never to the client, who gets a generic message.
    pub fn internal(what: &str, cause: &(dyn std::error::Error + 'static)) -> Self {
        let mut chain = cause.to_string();
        let mut source = cause.source();
        while let Some(inner) = source {
            chain.push_str(": ");
            chain.push_str(&inner.to_string());
            source = inner.source();
        }
        tracing::error!(what, cause = %chain, "internal failure");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", english().t("error-internal"))
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
