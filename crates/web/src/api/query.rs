//! Query strings of the API: decoded like axum's `Query`, but a bad one is
//! answered as every other API error is, `400 {"code": "invalid_query",
//! "message"}` in JSON, not axum's plain text.

use axum::extract::{FromRequestParts, Query};
use axum::http::StatusCode;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// A query string decoded into `T`.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(ApiQuery(value)),
            Err(rejection) => {
                Err(ApiError::say(StatusCode::BAD_REQUEST, "invalid_query", "error-invalid-query", &[("reason", rejection.body_text())]))
            }
        }
    }
}
