//! Who is asking: browser sessions (cookie + per-session form token) and API
//! bearer tokens, turned into a [`Principal`] for the authorizer.
//!
//! - The session cookie is `HttpOnly`, `SameSite=Lax`, `Path=/`, and `Secure`
//!   when served over TLS (`JIRGA_SECURE_COOKIES=1`, or a proxy's
//!   `X-Forwarded-Proto: https`). Every login mints a new session id, so an id
//!   planted before login is worthless (no session fixation).
//! - Every form carries the session's CSRF token (`_csrf`); a POST without the
//!   right one is refused before anything else happens. The login form, which
//!   has no session yet, uses a double-submit cookie instead.
//! - Scripts send `Authorization: Bearer jirga_…`; the API takes session cookies
//!   for reads only, so a cross-site page cannot make a browser change anything.

use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, COOKIE};
use jirga_core::Principal;

use crate::AppState;

pub const SESSION_COOKIE: &str = "jirga_session";
pub const LOGIN_COOKIE: &str = "jirga_login";

/// A signed-in person in the browser.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub principal: Principal,
    /// The form token of this session.
    pub csrf: String,
    /// The locale the pages are shown in (see [`locale_of`]).
    pub locale: &'static str,
    /// The calendar the pages' dates are in (the person's choice, else the locale's).
    pub calendar: jirga_dates::Calendar,
}

/// The value of cookie `name`, if the request carries it.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .and_then(|c| c.value_raw())
}

/// The session's viewer, if the request carries a live session cookie.
pub fn viewer(app: &AppState, headers: &HeaderMap) -> Option<Viewer> {
    let token = cookie(headers, SESSION_COOKIE)?;
    let session = app.accounts.session(token)?;
    let locale = locale_of(headers, session.locale.as_deref());
    let calendar = session.calendar.as_deref().and_then(jirga_dates::Calendar::parse).unwrap_or_default();
    Some(Viewer { principal: session.principal, csrf: session.csrf, locale, calendar })
}

impl Viewer {
    /// The localizer of the viewer's pages.
    pub fn l(&self) -> &'static jirga_service::i18n::Localizer {
        jirga_service::i18n::for_pages(self.locale)
    }
}

/// The cookie keeping the language chosen with the switcher.
pub const LOCALE_COOKIE: &str = "jirga_lang";

/// The locale of a request: the person's stored preference, else the
/// language cookie, else the browser's `Accept-Language` (each only if it
/// names a locale jirga offers).
pub fn locale_of(headers: &HeaderMap, preference: Option<&str>) -> &'static str {
    use jirga_service::i18n::{negotiate, offered};
    preference
        .and_then(offered)
        .or_else(|| cookie(headers, LOCALE_COOKIE).and_then(offered))
        .map(|l| l.tag)
        .unwrap_or_else(|| negotiate(headers.get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or_default()))
}

/// The bearer token's user, if the request carries a valid, unrevoked token.
pub fn bearer(app: &AppState, headers: &HeaderMap) -> Option<Principal> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer "))?;
    app.accounts.bearer(token.trim())
}

/// Does the request come over TLS (directly or through a proxy)?
pub fn secure(app: &AppState, headers: &HeaderMap) -> bool {
    app.secure_cookies || headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()) == Some("https")
}

/// A `Set-Cookie` value, `HttpOnly` on the whole site; `max_age` 0 deletes the cookie.
pub fn set_cookie(name: &str, value: &str, max_age: u64, secure: bool, same_site: cookie::SameSite) -> String {
    let max_age = cookie::time::Duration::seconds(i64::try_from(max_age).unwrap_or(i64::MAX));
    cookie::Cookie::build((name, value)).path("/").http_only(true).same_site(same_site).max_age(max_age).secure(secure).to_string()
}

/// Compare a submitted token with the expected one in constant time.
pub fn token_matches(expected: &str, submitted: &str) -> bool {
    jirga_auth::secret::same(expected.as_bytes(), submitted.as_bytes())
}
