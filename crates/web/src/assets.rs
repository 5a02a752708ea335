//! The stylesheets and scripts pages link to, served by jirga itself (it must
//! work offline, and the Content-Security-Policy allows only our own origin and
//! no inline style or script). Compiled in; cached by browsers for an hour.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

/// Every asset: its URL name, content type and bytes.
const ASSETS: &[(&str, &str, &str)] = &[
    ("jirga.css", "text/css; charset=utf-8", include_str!("../assets/jirga.css")),
    ("card.css", "text/css; charset=utf-8", include_str!("../assets/card.css")),
    ("card.js", "text/javascript; charset=utf-8", include_str!("../assets/card.js")),
];

/// The path of an asset, for `link` and `script` elements.
pub fn href(name: &str) -> String {
    debug_assert!(ASSETS.iter().any(|(n, ..)| *n == name), "no asset {name}");
    format!("/assets/{name}")
}

pub async fn serve(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|(n, ..)| *n == name) {
        Some((_, content_type, body)) => ([(CONTENT_TYPE, *content_type), (CACHE_CONTROL, "public, max-age=3600")], *body).into_response(),
        None => (StatusCode::NOT_FOUND, "no such asset").into_response(),
    }
}
