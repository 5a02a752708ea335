//! Signing in and out. The login form is protected against cross-site posting by
//! a double-submit token (a `SameSite=Strict` cookie and a hidden field that must
//! match); failed attempts are answered after the delay the account's failure
//! count calls for, and a locked account says until when.

use axum::extract::{Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use jirga_auth::LoginError;
use maud::html;
use serde::Deserialize;

use super::Page;
use super::layout::{Ctx, page};
use crate::AppState;
use crate::i18n::english;
use crate::session::{self, LOGIN_COOKIE, SESSION_COOKIE};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", get(show).post(submit))
        .route("/logout", post(logout))
        .route("/language", post(choose_language))
        .route("/profile", get(super::get_page).post(save_profile))
}

#[derive(Deserialize, Default)]
pub struct Next {
    next: Option<String>,
}

/// Where to go after signing in: only one of jirga's own pages, rebuilt from
/// what it parsed to, so that no spelling of another host (`/\t/evil`, `//evil`,
/// `/\\evil`, a scheme) and no control character reaches the `Location` header.
pub(super) fn safe_next(next: Option<&str>) -> String {
    next.and_then(own_page).unwrap_or_else(|| Page::Home.href())
}

fn own_page(next: &str) -> Option<String> {
    if !next.starts_with('/') || next.bytes().any(|b| b.is_ascii_control() || b == b'\\' || b == b' ') {
        return None;
    }
    let (path, query) = next.split_once('?').unwrap_or((next, ""));
    let query: super::PageQuery = serde_html_form::from_str(query).ok()?;
    Some(Page::parse(path, &query)?.href())
}

/// Where a request without a session is sent.
pub fn to_login(path_and_query: &str) -> Response {
    let next: String = url_escape(path_and_query);
    Redirect::to(&format!("/login?next={next}")).into_response()
}

/// A path and query as a query value: everything but RFC 3986's unreserved
/// characters and `/` percent-encoded.
fn url_escape(s: &str) -> String {
    const PATH_AS_VALUE: percent_encoding::AsciiSet = crate::html::QUERY_VALUE.remove(b'/');
    percent_encoding::utf8_percent_encode(s, &PATH_AS_VALUE).to_string()
}

fn login_page(app: &AppState, headers: &HeaderMap, next: &str, error: Option<(&str, String)>, status: StatusCode) -> Response {
    let l = crate::i18n::for_pages(session::locale_of(headers, None));
    // Reuse the form token cookie if there is one, so two open tabs both work.
    let token = session::cookie(headers, LOGIN_COOKIE).map(str::to_owned).unwrap_or_else(jirga_auth::secret::token);
    let state = jirga_core::State::default();
    let ctx = Ctx::anonymous(l, &state, &Page::Home);
    let body = html! {
        h1 { (l.t("login-title")) }
        p { (l.t("login-intro")) }
        form.form method="post" action="/login" #login novalidate {
            @if let Some((code, message)) = &error {
                div.error-summary role="alert" tabindex="-1" {
                    h4 { (l.t("form-error-title")) }
                    p { (message) }
                    p.code { (l.t("form-error-code")) " " code { (code) } }
                }
            }
            input type="hidden" name="_csrf" value=(token);
            input type="hidden" name="next" value=(next);
            div.field {
                label for="login-username" { (l.t("login-username")) }
                input #login-username type="text" name="username" autocomplete="username" autocapitalize="none" required;
            }
            div.field {
                label for="login-password" { (l.t("login-password")) }
                input #login-password type="password" name="password" autocomplete="current-password" required;
            }
            button.button type="submit" { (l.t("login-submit")) }
        }
    };
    let markup = page(&ctx, &l.t("login-title"), body);
    let cookie = session::set_cookie(LOGIN_COOKIE, &token, 3600, session::secure(app, headers), cookie::SameSite::Strict);
    (status, [(SET_COOKIE, cookie)], markup).into_response()
}

async fn show(State(app): State<AppState>, headers: HeaderMap, Query(q): Query<Next>) -> Response {
    login_page(&app, &headers, &safe_next(q.next.as_deref()), None, StatusCode::OK)
}

#[derive(Deserialize)]
struct Credentials {
    // Missing fields are wrong credentials, answered on the form like any other.
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    _csrf: String,
    #[serde(default)]
    next: Option<String>,
}

async fn submit(
    State(app): State<AppState>,
    client: Option<axum::Extension<crate::edge::ClientAddress>>,
    headers: HeaderMap,
    Form(form): Form<Credentials>,
) -> Response {
    let l = crate::i18n::for_pages(session::locale_of(&headers, None));
    let next = safe_next(form.next.as_deref());
    let expected = session::cookie(&headers, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !session::token_matches(expected, &form._csrf) {
        return login_page(&app, &headers, &next, Some(("csrf_invalid", l.t("error-csrf-invalid"))), StatusCode::FORBIDDEN);
    }
    let Some(turn) = app.login_gate.turn().await else {
        tracing::warn!("login refused: too many password checks waiting");
        crate::metrics::login("login_busy");
        let mut response =
            login_page(&app, &headers, &next, Some(("login_busy", l.t("error-login-busy"))), StatusCode::SERVICE_UNAVAILABLE);
        response.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("5"));
        return response;
    };
    let accounts = app.accounts.clone();
    let client = client.map_or_else(|| crate::edge::ClientAddress(None), |c| c.0).key();
    let (username, password) = (form.username.trim().to_owned(), form.password);
    // argon2 takes tens of milliseconds of CPU: off the async workers, one per core.
    let outcome = tokio::task::spawn_blocking(move || accounts.login(&username, &password, &client)).await;
    drop(turn);
    match outcome {
        Ok(Ok(new_session)) => {
            crate::metrics::login("ok");
            // The language chosen with the switcher on this device (its
            // cookie) is the person's latest choice: it becomes their
            // preference, which follows them to every device from now on.
            if let Some(chosen) = session::cookie(&headers, session::LOCALE_COOKIE).and_then(crate::i18n::offered)
                && let Some(live) = app.accounts.session(&new_session.token)
                && live.locale.as_deref() != Some(chosen.tag)
                && let Err(e) = app.accounts.set_locale(&live.principal.actor.user, Some(chosen.tag))
            {
                tracing::error!(error = %e, "the language chosen at sign-in could not be kept");
            }
            let secure = session::secure(&app, &headers);
            let lifetime = jirga_auth::SESSION_LIFETIME.as_secs();
            let mut response = Redirect::to(&next).into_response();
            let cookies = response.headers_mut();
            cookies.append(
                SET_COOKIE,
                session::set_cookie(SESSION_COOKIE, &new_session.token, lifetime, secure, cookie::SameSite::Lax).parse().expect("ascii"),
            );
            cookies.append(SET_COOKIE, session::set_cookie(LOGIN_COOKIE, "", 0, secure, cookie::SameSite::Strict).parse().expect("ascii"));
            response
        }
        Ok(Err(err)) => {
            crate::metrics::login(err.code());
            tokio::time::sleep(err.delay()).await;
            let (message, status) = match &err {
                LoginError::BadCredentials { .. } => (l.t("error-bad-credentials"), StatusCode::UNAUTHORIZED),
                LoginError::Locked { until, .. } => (
                    l.t_args("error-account-locked", &[("until", until.strftime("%Y-%m-%d %H:%M UTC").to_string())]),
                    StatusCode::TOO_MANY_REQUESTS,
                ),
                LoginError::TooManyAttempts { until, .. } => (
                    l.t_args("error-too-many-attempts", &[("until", until.strftime("%Y-%m-%d %H:%M UTC").to_string())]),
                    StatusCode::TOO_MANY_REQUESTS,
                ),
            };
            tracing::info!(code = err.code(), "failed login");
            login_page(&app, &headers, &next, Some((err.code(), message)), status)
        }
        Err(join) => {
            tracing::error!(error = %join, "login task failed");
            (StatusCode::INTERNAL_SERVER_ERROR, l.t("error-storage")).into_response()
        }
    }
}

#[derive(Deserialize)]
struct LogoutForm {
    #[serde(default)]
    _csrf: String,
}

async fn logout(State(app): State<AppState>, headers: HeaderMap, Form(form): Form<LogoutForm>) -> Response {
    let Some(viewer) = session::viewer(&app, &headers) else {
        return Redirect::to("/login").into_response();
    };
    if !session::token_matches(&viewer.csrf, &form._csrf) {
        return (StatusCode::FORBIDDEN, english().t("error-csrf-invalid")).into_response();
    }
    if let Some(token) = session::cookie(&headers, SESSION_COOKIE)
        && let Err(e) = app.accounts.logout(token)
    {
        // The session could not be ended: say so, rather than claim it was.
        return crate::error::ApiError::internal("ending a session", &e).into_response();
    }
    let cookie = session::set_cookie(SESSION_COOKIE, "", 0, session::secure(&app, &headers), cookie::SameSite::Lax);
    (StatusCode::SEE_OTHER, [(SET_COOKIE, cookie), (axum::http::header::LOCATION, "/login".to_owned())]).into_response()
}

#[derive(Deserialize)]
struct LanguageChoice {
    #[serde(default)]
    locale: String,
    #[serde(default)]
    return_to: Option<String>,
    #[serde(default)]
    _csrf: String,
}

/// POST /language: the language switcher. Kept in a cookie (so the login page
/// and every page after follow it) and, for a signed-in person, as their
/// preference on their account (checked against their form token: only their
/// own pages change it). Before signing in there is no token to check: the
/// cookie changes nothing but the language of the pages.
async fn choose_language(State(app): State<AppState>, headers: HeaderMap, Form(choice): Form<LanguageChoice>) -> Response {
    let Some(locale) = crate::i18n::offered(&choice.locale) else {
        return (StatusCode::BAD_REQUEST, english().t("error-bad-form")).into_response();
    };
    if let Some(viewer) = session::viewer(&app, &headers) {
        if !session::token_matches(&viewer.csrf, &choice._csrf) {
            return (StatusCode::FORBIDDEN, viewer.l().t("error-csrf-invalid")).into_response();
        }
        if let Err(e) = app.accounts.set_locale(&viewer.principal.actor.user, Some(locale.tag)) {
            tracing::error!(error = %e, "the language preference could not be kept; the cookie still is");
        }
    }
    let back = safe_next(choice.return_to.as_deref());
    let cookie = locale_cookie(&app, &headers, locale.tag);
    (StatusCode::SEE_OTHER, [(SET_COOKIE, cookie), (axum::http::header::LOCATION, back)]).into_response()
}

#[derive(Deserialize)]
struct ReadingChoice {
    #[serde(default)]
    locale: String,
    #[serde(default)]
    calendar: String,
    #[serde(default)]
    _csrf: String,
}

/// POST /profile: the person's language and calendar, kept on their account.
/// Only values jirga offers are kept; anything else is refused, nothing kept.
async fn save_profile(State(app): State<AppState>, headers: HeaderMap, Form(choice): Form<ReadingChoice>) -> Response {
    let Some(viewer) = session::viewer(&app, &headers) else {
        return Redirect::to("/login").into_response();
    };
    if !session::token_matches(&viewer.csrf, &choice._csrf) {
        return (StatusCode::FORBIDDEN, viewer.l().t("error-csrf-invalid")).into_response();
    }
    let (Some(locale), Some(calendar)) = (crate::i18n::offered(&choice.locale), jirga_dates::Calendar::parse(&choice.calendar)) else {
        return (StatusCode::BAD_REQUEST, viewer.l().t("error-bad-form")).into_response();
    };
    let user = &viewer.principal.actor.user;
    let stored = (calendar != jirga_dates::Calendar::LocaleDefault).then(|| calendar.as_str());
    if let Err(e) = app.accounts.set_locale(user, Some(locale.tag)).and_then(|()| app.accounts.set_calendar(user, stored)) {
        return crate::error::ApiError::internal("keeping a person's reading preferences", &e).into_response();
    }
    let cookie = locale_cookie(&app, &headers, locale.tag);
    (StatusCode::SEE_OTHER, [(SET_COOKIE, cookie), (axum::http::header::LOCATION, "/profile?done=profile".to_owned())]).into_response()
}

/// The cookie keeping a chosen language for a year (the switcher, the profile).
fn locale_cookie(app: &AppState, headers: &HeaderMap, tag: &str) -> String {
    session::set_cookie(session::LOCALE_COOKIE, tag, 365 * 24 * 3600, session::secure(app, headers), cookie::SameSite::Lax)
}
