//! The stylesheets and scripts pages link to, served by jirga itself (it must
//! work offline, and the Content-Security-Policy allows only our own origin and
//! no inline style or script). Compiled in; cached by browsers for an hour.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

/// Every asset: its URL name, content type and bytes. The fonts are the
/// Arabic-script faces of the right-to-left locales (see `assets/fonts/README.md`),
/// their OFL licences served beside them.
const ASSETS: &[(&str, &str, &[u8])] = &[
    ("jirga.css", "text/css; charset=utf-8", include_bytes!("../assets/jirga.css")),
    ("card.css", "text/css; charset=utf-8", include_bytes!("../assets/card.css")),
    ("card.js", "text/javascript; charset=utf-8", include_bytes!("../assets/card.js")),
    ("noto-naskh-arabic-400.woff2", "font/woff2", include_bytes!("../assets/fonts/noto-naskh-arabic-400.woff2")),
    ("noto-naskh-arabic-700.woff2", "font/woff2", include_bytes!("../assets/fonts/noto-naskh-arabic-700.woff2")),
    ("noto-nastaliq-urdu-400.woff2", "font/woff2", include_bytes!("../assets/fonts/noto-nastaliq-urdu-400.woff2")),
    ("noto-nastaliq-urdu-700.woff2", "font/woff2", include_bytes!("../assets/fonts/noto-nastaliq-urdu-700.woff2")),
    ("OFL-noto-naskh-arabic.txt", "text/plain; charset=utf-8", include_bytes!("../assets/fonts/OFL-noto-naskh-arabic.txt")),
    ("OFL-noto-nastaliq-urdu.txt", "text/plain; charset=utf-8", include_bytes!("../assets/fonts/OFL-noto-nastaliq-urdu.txt")),
];

/// An asset's bytes (a document written to a file carries its stylesheet).
pub fn bytes(name: &str) -> Option<&'static [u8]> {
    ASSETS.iter().find(|(n, ..)| *n == name).map(|(_, _, body)| *body)
}

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
