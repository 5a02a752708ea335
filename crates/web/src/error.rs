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
        ApiError { status, refusal: Refusal::new(Self::kind_of(status), code, message) }
    }

    /// A refusal of the HTTP layer saying Fluent message `id` (in the
    /// reader's language where known: see [`Refusal::say`]).
    pub fn say(status: StatusCode, code: &str, id: &str, args: &[(&str, String)]) -> Self {
        ApiError { status, refusal: Refusal::say(Self::kind_of(status), code, id, args) }
    }

    fn kind_of(status: StatusCode) -> Kind {
        match status.as_u16() {
            401 | 403 => Kind::Forbidden,
            404 | 410 => Kind::NotFound,
            409 => Kind::Conflict,
            422 => Kind::Invalid,
            503 => Kind::Unavailable,
            500..=599 => Kind::Internal,
            _ => Kind::Malformed,
        }
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
    /// `{"code", "message", "field"}`, the message in English; the refusal
    /// rides along in the response's extensions, so that the edge can say the
    /// message again in the client's language ([`localize_message`]).
    fn into_response(self) -> Response {
        let body = body(&self.refusal, &self.refusal.message);
        let mut response = (self.status, axum::Json(body)).into_response();
        response.extensions_mut().insert(self.refusal);
        response
    }
}

/// `{"code", "message", "field"}` of a refusal, `message` as given.
fn body(refusal: &Refusal, message: &str) -> serde_json::Value {
    let mut body = serde_json::json!({ "code": refusal.code, "message": message });
    if let Some(field) = &refusal.field {
        body["field"] = field.clone().into();
    }
    body
}

/// An API error's `message` in the language the client asked for
/// (`Accept-Language`, negotiated like the pages'); its `code` stays the stable
/// part. English answers pass through untouched.
pub async fn localize_message(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let locale = jirga_service::i18n::negotiate(
        request.headers().get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or_default(),
    );
    let mut response = next.run(request).await;
    if locale == "en" {
        return response;
    }
    let Some(refusal) = response.extensions_mut().remove::<Refusal>() else { return response };
    let body = body(&refusal, &refusal.message_in(crate::i18n::for_pages(locale)));
    let mut localized = (response.status(), axum::Json(body)).into_response();
    for (name, value) in response.headers() {
        if name != axum::http::header::CONTENT_LENGTH && name != axum::http::header::CONTENT_TYPE {
            localized.headers_mut().insert(name.clone(), value.clone());
        }
    }
    localized.headers_mut().insert(axum::http::header::CONTENT_LANGUAGE, axum::http::HeaderValue::from_static(locale));
    localized
}
