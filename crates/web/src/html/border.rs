//! The pass office's and the border post's own requests, beside `/actions`:
//! issuing a pass from its form (check your answers, then sign and record),
//! checking a presented document (pasted text or a photo of its QR code),
//! recording entry or exit with a document verified again by the server, and a
//! pass's QR image and printable A6 card.

use axum::Router;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use jirga_core::ids::PassId;
use jirga_core::model::Direction;
use jirga_core::pass::PointCode;
use jirga_core::pass::PurposeDetails;
use maud::{DOCTYPE, PreEscaped, html};

use super::pages::{BorderCheck, Extra};
use super::{Page, confirm, form_again, form_json, login, not_found, refuse, refuse_all, render_with, with_ctx};
use crate::AppState;
use crate::error::ApiError;
use crate::i18n::english;
use crate::session::{self, Viewer};

/// Largest photo accepted at the border post.
const MAX_IMAGE_BYTES: usize = 8 * 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/border/check", post(check).layer(axum::extract::DefaultBodyLimit::max(MAX_IMAGE_BYTES + 64 * 1024)))
        .route("/border/record", post(record))
        .route("/passes/{id}/qr.png", get(qr_png))
        .route("/passes/{id}/card", get(card))
}

/// Largest body of the issue form: the photo and the fields around it (a
/// photo kept from an earlier round, base64, among them).
pub(super) const MAX_UPLOAD_BODY_BYTES: usize = jirga_passes::photo::MAX_UPLOAD_BYTES + 1024 * 1024;

/// The issue form's photo fields: the file just chosen (base64, from the
/// multipart post) and the photo kept from an earlier round (base64 of the
/// stored JPEG, a hidden field the form carries so it is not asked for again).
pub(crate) const PHOTO_UPLOAD: &str = "holder.photo_upload";
pub(crate) const PHOTO_KEPT: &str = "holder.photo";

/// The holder's photo from the issue form's fields: a new upload wins over a
/// kept one. Either is made the stored photo again here (what the browser
/// sends back is never stored as it is); `pairs` then carries it as the kept
/// photo, so a form shown again (a problem, "change") does not lose it.
fn photo_from_form(pairs: &mut Vec<(String, String)>, l: &crate::i18n::Localizer) -> Result<jirga_passes::photo::Photo, (String, String)> {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let value = |key: &str| pairs.iter().rev().find(|(k, v)| k == key && !v.is_empty()).map(|(_, v)| v.clone());
    let encoded = value(PHOTO_UPLOAD).or_else(|| value(PHOTO_KEPT)).unwrap_or_default();
    pairs.retain(|(k, _)| k != PHOTO_UPLOAD && k != PHOTO_KEPT);
    let bytes = b64.decode(encoded.as_bytes()).unwrap_or_default();
    match jirga_passes::photo::normalize(&bytes) {
        Ok(photo) => {
            pairs.push((PHOTO_KEPT.to_owned(), b64.encode(&photo.jpeg)));
            Ok(photo)
        }
        Err(e) => Err((PHOTO_UPLOAD.to_owned(), jirga_service::passes::photo_problem(&e, l))),
    }
}

/// `issue_pass` posted from the issue form: take the holder's photo, parse the
/// application, show check your answers, then sign and record it and open the
/// new pass's page.
pub(super) async fn issue_pass_form(app: &AppState, viewer: &Viewer, page: &Page, form_id: &str, pairs: &[(String, String)]) -> Response {
    let mut pairs = pairs.to_vec();
    let photo = photo_from_form(&mut pairs, viewer.l());
    let pairs = pairs.as_slice();
    // The application's own fields: the photo is not one of them (its fingerprint is).
    let fields: Vec<(String, String)> = pairs.iter().filter(|(k, _)| k != PHOTO_KEPT).cloned().collect();
    let refused = |err: ApiError| refuse(app, viewer, page, form_id, pairs, err);
    // Every field's problem at once, in words, before the application is read as a whole.
    if let Ok(mut json) = form_json(&fields) {
        crate::passes::prune_unchosen(&mut json);
        let mut problems = jirga_service::passes::application_problems(&json, viewer.l());
        if let Err(problem) = &photo {
            problems.insert(0, problem.clone());
        }
        if !problems.is_empty() {
            return refuse_all(app, viewer, page, form_id, pairs, problems);
        }
    }
    let application = match form_json(&fields).and_then(|mut json| {
        json.as_object_mut().map(|o| o.remove("type"));
        crate::passes::prune_unchosen(&mut json);
        crate::passes::parse_application(json)
    }) {
        Ok(a) => a,
        Err(e) => return refused(e),
    };
    let photo = match photo {
        Ok(photo) => photo,
        Err(problem) => return refuse_all(app, viewer, page, form_id, pairs, vec![problem]),
    };
    if pairs.iter().any(|(k, _)| k == "_change") {
        return form_again(app, viewer, page, form_id, pairs);
    }
    if !pairs.iter().any(|(k, _)| k == "_confirmed") {
        // Authorize before showing what would be recorded: no point confirming what will be refused.
        if !jirga_service::passes::may_issue(&app.engine, &viewer.principal) {
            return refused(ApiError::say(StatusCode::FORBIDDEN, "not_authorized", "error-may-not-issue", &[]));
        }
        let markup = with_ctx(app, viewer, page, None, None, |ctx| confirm::page_for(ctx, pairs));
        return (StatusCode::OK, markup).into_response();
    }
    match crate::passes::issue(app, &viewer.principal, &application, Some(&photo)).await {
        Ok((committed, _document)) => {
            let page = committed.created_first().map_or(Page::Passes(None), Page::Pass);
            Redirect::to(&format!("{}?done=issue_pass", page.href())).into_response()
        }
        Err(e) => refused(e),
    }
}

/// POST /border/check (multipart): the document as text or as a PNG photo of its QR.
async fn check(State(app): State<AppState>, headers: HeaderMap, mut form: Multipart) -> Response {
    let Some(viewer) = session::viewer(&app, &headers) else {
        return Redirect::to("/login").into_response();
    };
    let (mut csrf, mut point, mut text, mut image) = (String::new(), String::new(), String::new(), Vec::new());
    loop {
        match form.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                let Ok(bytes) = field.bytes().await else { return bad_form() };
                match name.as_str() {
                    "_csrf" => csrf = String::from_utf8_lossy(&bytes).into_owned(),
                    "crossing_point" => point = String::from_utf8_lossy(&bytes).trim().to_owned(),
                    "text" => text = String::from_utf8_lossy(&bytes).trim().to_owned(),
                    "image" => image = bytes.to_vec(),
                    _ => {}
                }
            }
            Ok(None) => break,
            Err(_) => return bad_form(),
        }
    }
    if !session::token_matches(&viewer.csrf, &csrf) {
        return super::message_page(&app, &viewer, StatusCode::FORBIDDEN, "csrf-title", "error-csrf-invalid");
    }
    let mut error = None;
    if text.is_empty() && !image.is_empty() {
        match jirga_hcert::qr::decode_image(&image) {
            Ok(t) => text = t,
            Err(e) => error = Some(viewer.l().t_args("border-image-error", &[("reason", e.to_string())])),
        }
    }
    if text.is_empty() && error.is_none() {
        error = Some(viewer.l().t("border-nothing"));
    }
    let code = PointCode::parse(&point).ok();
    let verdict = match crate::passes::verify(&app, &text, code.as_ref()) {
        Ok(v) => v,
        Err(e) => return e.into_response(),
    };
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let extra = Extra { border: Some(BorderCheck::new(&app, &viewer.principal, text, point, verdict, error)), ..Extra::default() };
    render_with(&app, &viewer, &Page::Border, &extra, None, None, status)
}

fn bad_form() -> Response {
    (StatusCode::BAD_REQUEST, english().t("error-bad-form")).into_response()
}

/// POST /border/record: entry or exit, with the document verified again here.
async fn record(State(app): State<AppState>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let Some(viewer) = session::viewer(&app, &headers) else {
        return Redirect::to("/login").into_response();
    };
    let Ok(pairs) = serde_html_form::from_bytes::<Vec<(String, String)>>(&body) else { return bad_form() };
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    if !session::token_matches(&viewer.csrf, &get("_csrf")) {
        return super::message_page(&app, &viewer, StatusCode::FORBIDDEN, "csrf-title", "error-csrf-invalid");
    }
    let direction = match get("direction").as_str() {
        "entry" => Direction::Entry,
        "exit" => Direction::Exit,
        _ => return bad_form(),
    };
    let Ok(point) = PointCode::parse(&get("crossing_point")) else { return bad_form() };
    // Back on the border page with the verdict and the refusal.
    let back = |err: ApiError| {
        let text = get("text");
        let verdict = match crate::passes::verify(&app, &text, Some(&point)) {
            Ok(v) => v,
            Err(e) => return e.into_response(),
        };
        let extra = Extra {
            border: Some(BorderCheck::new(
                &app,
                &viewer.principal,
                text,
                point.to_string(),
                verdict,
                Some(err.refusal.message_in(viewer.l())),
            )),
            ..Extra::default()
        };
        render_with(&app, &viewer, &Page::Border, &extra, None, None, err.status)
    };
    // A pass that is not valid is recorded only as a refused presentation,
    // the page's separate action: never by the entry button of a valid one.
    let presentation =
        if get("refused") == "true" { crate::passes::Presentation::AsPresented } else { crate::passes::Presentation::Crossing };
    match crate::passes::record_crossing(&app, &viewer.principal, &get("text"), &point, direction, presentation).await {
        Ok((committed, _)) => {
            let page = committed.created_first().map_or(Page::Crossings(None), Page::Crossing);
            Redirect::to(&format!("{}?done=record_crossing", page.href())).into_response()
        }
        Err(err) => back(err),
    }
}

/// The signed document of one of our passes, for those who may see holders' data.
fn document_of(app: &AppState, viewer: &Viewer, id: &str) -> Option<(jirga_core::pass::Pass, jirga_core::pass::HolderRecord)> {
    let id: PassId = id.parse().ok()?;
    let pass = app.engine.read_as(&viewer.principal, |s| s.passes.get(&id).cloned())?;
    let holder = crate::passes::holder(app, &viewer.principal, pass.document_id.as_str())?;
    Some((pass, holder))
}

async fn qr_png(State(app): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let Some(viewer) = session::viewer(&app, &headers) else {
        return login::to_login(&format!("/passes/{id}"));
    };
    let Some((_, holder)) = document_of(&app, &viewer, &id) else { return not_found(&app, &viewer) };
    match jirga_hcert::qr::encode_png(&holder.document, 8) {
        Ok(png) => ([(header::CONTENT_TYPE, "image/png"), (header::CACHE_CONTROL, "private, no-store")], png).into_response(),
        Err(e) => ApiError::internal("the pass's QR code", &e).into_response(),
    }
}

/// The printable pass: an A6 card, English and Pashto, the holder's photo
/// beside their particulars, the QR code 72 mm wide (a pass is a version-19
/// code at level Q, 93 modules: 0.77 mm each, within what a phone camera reads
/// from paper at arm's length).
async fn card(State(app): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let Some(viewer) = session::viewer(&app, &headers) else {
        return login::to_login(&format!("/passes/{id}/card"));
    };
    let Some((pass, holder)) = document_of(&app, &viewer, &id) else { return not_found(&app, &viewer) };
    let l = english();
    let h = &holder.application.holder;
    let points = app.engine.read(|s| pass.crossing_points.iter().map(|c| s.crossing_point_name(c.as_str())).collect::<Vec<_>>().join(", "));
    let svg = jirga_hcert::qr::encode_svg(&holder.document).unwrap_or_default();
    let signed = h.photo_hash.as_ref().map(|x| x.to_string());
    let photo = crate::passes::photo(&app, &viewer.principal, pass.document_id.as_str(), signed.as_deref());
    let row = |label: &str, value: String| html! { div.row { span.label { (l.t(label)) } span.value { (value) } } };
    let solar_hijri = jirga_dates::LocaleFormats::of("ps-AF");
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { (l.t_args("card-page-title", &[("id", pass.document_id.to_string())])) }
                link rel="stylesheet" href=(crate::assets::href("card.css"));
                script src=(crate::assets::href("card.js")) defer {}
            }
            body {
                article.card #card {
                    header {
                        div.authority { (pass.authority) }
                        div.kind { (l.t("card-title")) }
                        div.purpose { (l.t(&format!("card-{}", pass.purpose.fluent_id()))) }
                    }
                    div.qr { (PreEscaped(svg)) }
                    section.identity {
                    div.photo {
                        @if let Some(src) = photo.data_url() {
                            img src=(src) alt=(l.t("photo-alt"));
                        } @else {
                            span.no-photo { (l.t("card-no-photo")) }
                        }
                    }
                    section.fields {
                        (row("card-name", h.name_latin.to_string()))
                        @if let Some(n) = &h.name_arabic { div.row { span.label { (l.t("card-name-arabic")) } span.value dir="rtl" lang="ps" { (n) } } }
                        (row("card-document", format!("{} {}", l.t(&h.document_type.fluent_id()), h.document_number)))
                        (row("card-date-of-birth", h.date_of_birth.to_string()))
                        (row("card-nationality", format!("{} · {}", h.nationality, l.t(&h.sex.fluent_id()))))
                        // What the pass is for, where a post needs it: the appointment a
                        // medical pass exists for, the trade body, the host, the event.
                        @match &holder.application.purpose {
                            PurposeDetails::Medical { hospital, appointment_on, attendant_allowed } => {
                                (row("card-appointment", format!("{hospital}, {appointment_on}")))
                                @if *attendant_allowed { (row("card-attendant", l.t("card-attendant-allowed"))) }
                            }
                            PurposeDetails::Business { organization } => (row("card-organization", organization.to_string())),
                            PurposeDetails::FamilyVisit { host } => (row("card-host", host.to_string())),
                            PurposeDetails::CulturalExchange { event } => (row("card-event", event.to_string())),
                        }
                        // Both calendars: the Gregorian, and the Solar Hijri a reader in
                        // Afghanistan dates by (the card's other language is Pashto).
                        div.row {
                            span.label { (l.t("card-valid")) }
                            span.value {
                                (format!("{} → {}", pass.valid_from, pass.valid_until))
                                br;
                                span lang="ps-AF" dir="rtl" #card-valid-solar-hijri {
                                    (format!("{} ← {}", solar_hijri.own_calendar_day(pass.valid_from), solar_hijri.own_calendar_day(pass.valid_until)))
                                }
                            }
                        }
                        (row("card-crossing-points", points))
                        (row("card-entries", pass.entries.max().to_string()))
                        (row("card-pass-id", pass.document_id.to_string()))
                    }
                    }
                    footer { (l.t("card-footer")) }
                }
                p.noprint { button #print-card type="button" { (l.t("card-print")) } " " a href=(Page::Pass(pass.id.clone()).href()) { (l.t("card-back")) } }
            }
        }
    };
    ([(header::CACHE_CONTROL, "private, no-store")], markup).into_response()
}
