//! Signing an agreement with the key the province's instance holds for its
//! representative (`jirga cosign-key --held-for per-1`): only that person's
//! own account may use it, the server signs the agreed text with it and
//! records the signature through the same write path (verified against the
//! key registered for their party, like any other).

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use jirga_core::ids::{CommitmentId, PersonId};

use super::{FormError, Page, render};
use crate::{AppState, session};

pub fn router() -> Router<AppState> {
    Router::new().route("/commitments/{id}/sign", post(sign))
}

/// The secret key the instance holds for `person`, if it holds one.
pub fn held_key(app: &AppState, person: &PersonId) -> Option<String> {
    let dir = app.agreement_keys.as_ref()?;
    std::fs::read_to_string(dir.join(format!("{person}.key"))).ok().map(|k| k.trim().to_owned())
}

/// The verifier key's name of the key held for `person` (what the page names).
pub fn held_key_name(app: &AppState, person: &PersonId) -> Option<String> {
    let skey = held_key(app, person)?;
    skey.strip_prefix("PRIVATE+KEY+").and_then(|rest| rest.split('+').next()).map(str::to_owned)
}

async fn sign(State(app): State<AppState>, headers: HeaderMap, Path(id): Path<String>, body: axum::body::Bytes) -> Response {
    let Some(viewer) = session::viewer(&app, &headers) else {
        return Redirect::to("/login").into_response();
    };
    let pairs = serde_html_form::from_bytes::<Vec<(String, String)>>(&body).unwrap_or_default();
    let csrf = pairs.iter().find(|(k, _)| k == "_csrf").map(|(_, v)| v.as_str()).unwrap_or_default();
    if !session::token_matches(&viewer.csrf, csrf) {
        return super::message_page(&app, &viewer, StatusCode::FORBIDDEN, "csrf-title", "error-csrf-invalid");
    }
    let Ok(commitment) = id.parse::<CommitmentId>() else { return super::not_found(&app, &viewer) };
    let page = Page::Commitment(commitment.clone());
    let refuse = |code: &str, message: String, status: StatusCode| {
        let error = FormError {
            form_id: format!("cosign_agreement-{commitment}"),
            code: code.to_owned(),
            field: Some("signature".into()),
            message,
            values: vec![],
            problems: vec![],
        };
        render(&app, &viewer, &page, Some(&error), None, status)
    };
    let l = viewer.l();
    let Some(skey) = viewer.principal.person.as_ref().and_then(|p| held_key(&app, p)) else {
        // Said on a page of its own: a viewer with no key may see no signing form to show it on.
        return super::message_page(&app, &viewer, StatusCode::FORBIDDEN, "forbidden-title", "agreement-no-held-key");
    };
    let text = match app.engine.read_as(&viewer.principal, |s| jirga_core::agreement::text(s, &commitment)) {
        Ok(text) => text,
        Err(rule) => return refuse(rule.code(), l.rule_error(&rule), StatusCode::CONFLICT),
    };
    let line = (|| {
        let signer = signed_note::StandardSigner::new(&skey).ok()?;
        let mut note = signed_note::Note::new(text.as_bytes(), &[]).ok()?;
        note.add_sigs(&[&signer]).ok()?;
        let signed = String::from_utf8(note.to_bytes()).ok()?;
        signed.split_once("\n\n").map(|(_, l)| l.trim_end().to_owned())
    })();
    let Some(line) = line.and_then(|l| jirga_core::text::Name::parse(&l).ok()) else {
        return refuse("no_held_key", l.t("agreement-no-held-key"), StatusCode::INTERNAL_SERVER_ERROR);
    };
    let command = jirga_core::Command::CosignAgreement { commitment: commitment.clone(), signature: line };
    match app.engine.execute(&viewer.principal, command).await {
        Ok(_) => Redirect::to(&format!("{}?done=cosign_agreement#agreement", page.href())).into_response(),
        Err(err) => {
            let err = crate::error::ApiError::from(err);
            let status = err.status;
            refuse(&err.refusal.code, err.refusal.message_in(l), status)
        }
    }
}
