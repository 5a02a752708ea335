//! The server-rendered web interface. Works without JavaScript: every action is a
//! plain form posting a command to `/actions`; success redirects back (303) with a
//! flash message, a refused command re-renders the same page with the error on
//! the form (422) and what was typed kept.

mod agreement;
mod border;
mod confirm;
mod incidents;
pub mod layout;
pub mod login;
mod pages;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use jirga_core::ids::*;
use jirga_core::state::RecordRef;
use maud::Markup;
use serde::Deserialize;

use crate::AppState;
use crate::error::ApiError;
use crate::i18n::english;
use crate::session::{self, Viewer};
use jirga_engine::Read;
use jirga_service::refusal::Refusal;
use layout::Ctx;

/// Every page, so URLs are built in one place.
#[derive(Debug, Clone, PartialEq)]
pub enum Page {
    Home,
    Initiatives,
    Dashboard(InitiativeId),
    Approval(InitiativeId),
    Liaison(InitiativeId),
    Delegations(InitiativeId),
    Delegation(DelegationId),
    Phases(InitiativeId),
    Meetings(InitiativeId),
    Meeting(MeetingId),
    /// Optionally filtered by topic.
    Claims(InitiativeId, Option<String>),
    /// Optionally filtered by status.
    Commitments(InitiativeId, Option<String>),
    Commitment(CommitmentId),
    Registers,
    /// The event log, optionally around one position.
    Events(Option<u64>),
    /// One event: what it changed, who and when, its records, its JSON and its proof.
    Event(u64),
    /// The ledger: latest checkpoint, public key, how to verify offline.
    Audit,
    /// The inclusion proof of one entry.
    Proof(u64),
    /// The policies in force, their recorded changes, and (for administrators) the change form.
    Policies,
    /// Movement passes, optionally searched.
    Passes(Option<String>),
    /// The form that issues a pass.
    PassNew,
    Pass(PassId),
    /// The border post: verify a presented pass, record entry or exit.
    Border,
    /// The signed-in person's own page: who they are, their language and calendar.
    Profile,
    /// The crossing log, optionally only crossings with one anomaly (`any` for all anomalous).
    Crossings(Option<String>),
    Crossing(CrossingId),
    /// The incident dashboard, filtered.
    Incidents(IncidentFilter),
    /// One incident, by `event_id_cnty`.
    Incident(String),
    /// Hand entry of an incident.
    IncidentNew,
    Alerts,
    /// Reports of militant movement across the border.
    Movements,
    /// The communities on both sides of the border.
    Communities,
    Community(CommunityId),
    /// The grievance register, filtered.
    Grievances(GrievanceFilter),
    Grievance(GrievanceId),
    /// The results tracker of an initiative, filtered.
    Results(InitiativeId, ResultsQuery),
    /// The federal liaison's printable briefing on an initiative.
    Briefing(InitiativeId),
}

/// The grievance register's filters (`?status=open&topic=movement&community=cmy-1`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GrievanceFilter {
    /// A status, or `open` for every one not resolved or closed.
    pub status: Option<String>,
    pub topic: Option<String>,
    pub community: Option<String>,
}

/// The results tracker's filters, as the URL carries them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ResultsQuery {
    pub phase: Option<u32>,
    pub topic: Option<String>,
    pub status: Option<String>,
    #[serde(default)]
    pub cbm: bool,
    #[serde(default)]
    pub overdue: bool,
    pub community: Option<String>,
}

impl ResultsQuery {
    /// The domain's filter; a value that names nothing filters nothing out
    /// (the links never make one; a hand-typed one shows everything).
    pub fn filter(&self) -> jirga_core::results::ResultsFilter {
        fn parse<T: serde::de::DeserializeOwned>(v: &Option<String>) -> Option<T> {
            v.as_ref().and_then(|v| serde_json::from_value(serde_json::Value::String(v.clone())).ok())
        }
        jirga_core::results::ResultsFilter {
            phase: self.phase,
            topic: parse(&self.topic),
            status: parse(&self.status),
            measures_only: self.cbm,
            overdue_only: self.overdue,
            community: self.community.as_ref().and_then(|c| c.parse().ok()),
        }
    }

    /// The query string's pairs, each `&name=value` (empty for none).
    pub fn query_tail(&self) -> String {
        let mut out = String::new();
        let mut push = |k: &str, v: &str| out.push_str(&format!("&{k}={}", url_encode(v)));
        if let Some(p) = self.phase {
            push("phase", &p.to_string());
        }
        for (k, v) in [("topic", &self.topic), ("status", &self.status), ("community", &self.community)] {
            if let Some(v) = v {
                push(k, v);
            }
        }
        if self.cbm {
            push("cbm", "true");
        }
        if self.overdue {
            push("overdue", "true");
        }
        out
    }
}

impl GrievanceFilter {
    fn query(&self) -> String {
        let parts: Vec<String> = [("status", &self.status), ("topic", &self.topic), ("community", &self.community)]
            .iter()
            .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={}", url_encode(v))))
            .collect();
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }
}

pub use crate::incidents::IncidentFilter;

impl IncidentFilter {
    fn query(&self) -> String {
        let pairs = [
            ("from", &self.from),
            ("to", &self.to),
            ("district", &self.district),
            ("event_type", &self.event_type),
            ("actor", &self.actor),
        ];
        let parts: Vec<String> =
            pairs.iter().filter_map(|(k, v)| v.as_ref().filter(|v| !v.is_empty()).map(|v| format!("{k}={}", url_encode(v)))).collect();
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }
}

/// Filters and flags a page takes from its query string.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    topic: Option<String>,
    status: Option<String>,
    seq: Option<u64>,
    done: Option<String>,
    q: Option<String>,
    anomaly: Option<String>,
    from: Option<String>,
    to: Option<String>,
    district: Option<String>,
    event_type: Option<String>,
    actor: Option<String>,
    /// A long list's page (see `layout::paged`).
    page: Option<usize>,
    community: Option<String>,
    phase: Option<u32>,
    cbm: Option<bool>,
    overdue: Option<bool>,
}

impl Page {
    pub fn href(&self) -> String {
        match self {
            Page::Home => "/".into(),
            Page::Initiatives => "/initiatives".into(),
            Page::Dashboard(i) => format!("/initiatives/{i}"),
            Page::Approval(i) => format!("/initiatives/{i}/approval"),
            Page::Liaison(i) => format!("/initiatives/{i}/liaison"),
            Page::Delegations(i) => format!("/initiatives/{i}/delegations"),
            Page::Delegation(d) => format!("/delegations/{d}"),
            Page::Phases(i) => format!("/initiatives/{i}/phases"),
            Page::Meetings(i) => format!("/initiatives/{i}/meetings"),
            Page::Meeting(m) => format!("/meetings/{m}"),
            Page::Claims(i, None) => format!("/initiatives/{i}/claims"),
            Page::Claims(i, Some(t)) => format!("/initiatives/{i}/claims?topic={}", url_encode(t)),
            Page::Commitments(i, None) => format!("/initiatives/{i}/commitments"),
            Page::Commitments(i, Some(s)) => format!("/initiatives/{i}/commitments?status={}", url_encode(s)),
            Page::Commitment(c) => format!("/commitments/{c}"),
            Page::Registers => "/registers".into(),
            Page::Events(None) => "/events".into(),
            Page::Events(Some(seq)) => format!("/events?seq={seq}#e{seq}"),
            Page::Event(seq) => format!("/events/{seq}"),
            Page::Audit => "/audit".into(),
            Page::Proof(index) => format!("/audit/proof/{index}"),
            Page::Policies => "/policies".into(),
            Page::Passes(None) => "/passes".into(),
            Page::Passes(Some(q)) => format!("/passes?q={}", url_encode(q)),
            Page::PassNew => "/passes/new".into(),
            Page::Pass(p) => format!("/passes/{p}"),
            Page::Border => "/border".into(),
            Page::Profile => "/profile".into(),
            Page::Crossings(None) => "/crossings".into(),
            Page::Crossings(Some(a)) => format!("/crossings?anomaly={}", url_encode(a)),
            Page::Crossing(c) => format!("/crossings/{c}"),
            Page::Incidents(f) => format!("/incidents{}", f.query()),
            Page::Incident(id) => format!("/incidents/{}", url_encode(id)),
            Page::IncidentNew => "/incidents/new".into(),
            Page::Alerts => "/alerts".into(),
            Page::Movements => "/movements".into(),
            Page::Communities => "/communities".into(),
            Page::Community(c) => format!("/communities/{c}"),
            Page::Grievances(f) => format!("/grievances{}", f.query()),
            Page::Grievance(g) => format!("/grievances/{g}"),
            Page::Briefing(i) => format!("/initiatives/{i}/briefing"),
            Page::Results(i, q) => {
                let tail = q.query_tail();
                if tail.is_empty() { format!("/initiatives/{i}/results") } else { format!("/initiatives/{i}/results?{}", &tail[1..]) }
            }
        }
    }

    /// The page at `path` (no query string), with filters from `query`.
    pub fn parse(path: &str, query: &PageQuery) -> Option<Page> {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        let id_ok = |s: &str| !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        Some(match segments.as_slice() {
            [""] => Page::Home,
            ["initiatives"] => Page::Initiatives,
            ["registers"] => Page::Registers,
            ["events"] => Page::Events(query.seq),
            ["events", seq] if seq.bytes().all(|b| b.is_ascii_digit()) => Page::Event(seq.parse().ok()?),
            ["audit"] => Page::Audit,
            ["policies"] => Page::Policies,
            ["passes"] => Page::Passes(query.q.clone()),
            ["passes", "new"] => Page::PassNew,
            ["passes", id] => Page::Pass(id.parse().ok()?),
            ["border"] => Page::Border,
            ["profile"] => Page::Profile,
            ["crossings"] => Page::Crossings(query.anomaly.clone()),
            ["crossings", id] => Page::Crossing(id.parse().ok()?),
            ["incidents"] => {
                let keep = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty() && v.len() <= 200);
                Page::Incidents(IncidentFilter {
                    from: keep(&query.from),
                    to: keep(&query.to),
                    district: keep(&query.district),
                    event_type: keep(&query.event_type),
                    actor: keep(&query.actor),
                })
            }
            ["incidents", "new"] => Page::IncidentNew,
            ["incidents", id] if id_ok(id) => Page::Incident((*id).into()),
            ["alerts"] => Page::Alerts,
            ["movements"] => Page::Movements,
            ["communities"] => Page::Communities,
            ["communities", id] => Page::Community(id.parse().ok()?),
            ["grievances"] => Page::Grievances(GrievanceFilter {
                status: query.status.clone(),
                topic: query.topic.clone(),
                community: query.community.clone(),
            }),
            ["grievances", id] => Page::Grievance(id.parse().ok()?),
            ["audit", "proof", index] => Page::Proof(index.parse().ok()?),
            ["initiatives", id] => Page::Dashboard(id.parse().ok()?),
            ["initiatives", id, sub] => {
                let i: InitiativeId = id.parse().ok()?;
                match *sub {
                    "approval" => Page::Approval(i),
                    "liaison" => Page::Liaison(i),
                    "delegations" => Page::Delegations(i),
                    "phases" => Page::Phases(i),
                    "meetings" => Page::Meetings(i),
                    "claims" => Page::Claims(i, query.topic.clone()),
                    "commitments" => Page::Commitments(i, query.status.clone()),
                    "briefing" => Page::Briefing(i),
                    "results" => Page::Results(
                        i,
                        ResultsQuery {
                            phase: query.phase,
                            topic: query.topic.clone(),
                            status: query.status.clone(),
                            cbm: query.cbm.unwrap_or(false),
                            overdue: query.overdue.unwrap_or(false),
                            community: query.community.clone(),
                        },
                    ),
                    _ => return None,
                }
            }
            ["delegations", id] => Page::Delegation(id.parse().ok()?),
            ["meetings", id] => Page::Meeting(id.parse().ok()?),
            ["commitments", id] => Page::Commitment(id.parse().ok()?),
            _ => return None,
        })
    }

    /// The page that shows a record, where it has one of its own (or the list it
    /// is shown in).
    pub fn of_record(record: &RecordRef) -> Option<Page> {
        Some(match record {
            RecordRef::Initiative(id) => Page::Dashboard(id.clone()),
            RecordRef::Delegation(id) => Page::Delegation(id.clone()),
            RecordRef::Meeting(id) => Page::Meeting(id.clone()),
            RecordRef::Commitment(id) => Page::Commitment(id.clone()),
            RecordRef::Pass(id) => Page::Pass(id.clone()),
            RecordRef::Crossing(id) => Page::Crossing(id.clone()),
            RecordRef::MovementReport(_) => Page::Movements,
            RecordRef::PolicyVersion(_) => Page::Policies,
            RecordRef::Community(id) => Page::Community(id.clone()),
            RecordRef::Grievance(id) => Page::Grievance(id.clone()),
            _ => return None,
        })
    }

    /// Pages about the log and the ledger, and the policy history: shown to those
    /// who may read the log.
    fn needs_log(&self) -> bool {
        matches!(self, Page::Events(_) | Page::Event(_) | Page::Audit | Page::Proof(_) | Page::Policies)
    }

    /// The initiative a page belongs to (for the navigation).
    pub fn initiative(&self, state: &jirga_core::State) -> Option<InitiativeId> {
        match self {
            Page::Dashboard(i)
            | Page::Approval(i)
            | Page::Liaison(i)
            | Page::Delegations(i)
            | Page::Phases(i)
            | Page::Meetings(i)
            | Page::Claims(i, _)
            | Page::Commitments(i, _)
            | Page::Results(i, _)
            | Page::Briefing(i) => Some(i.clone()),
            Page::Delegation(d) => state.delegations.get(d).map(|d| d.initiative.clone()),
            Page::Meeting(m) => state.meetings.get(m).map(|m| m.initiative.clone()),
            Page::Commitment(c) => state.commitments.get(c).map(|c| c.initiative.clone()),
            Page::Home
            | Page::Initiatives
            | Page::Registers
            | Page::Events(_)
            | Page::Event(_)
            | Page::Audit
            | Page::Proof(_)
            | Page::Policies
            | Page::Passes(_)
            | Page::PassNew
            | Page::Pass(_)
            | Page::Border
            | Page::Profile
            | Page::Crossings(_)
            | Page::Crossing(_)
            | Page::Incidents(_)
            | Page::Incident(_)
            | Page::IncidentNew
            | Page::Alerts
            | Page::Movements
            | Page::Communities
            | Page::Community(_)
            | Page::Grievances(_)
            | Page::Grievance(_) => state.initiatives.keys().next().cloned(),
        }
        .filter(|i| state.initiatives.contains_key(i))
    }
}

/// A form carried back to the page that showed it: refused (with the rule's
/// message), or sent back from check-your-answers to be changed (no message).
#[derive(Debug, Clone)]
pub struct FormError {
    pub form_id: String,
    pub code: String,
    pub field: Option<String>,
    pub message: String,
    pub values: Vec<(String, String)>,
    /// Every field's problem when a form is checked field by field (the issue
    /// form): each shown beside its field and listed in the summary.
    pub problems: Vec<(String, String)>,
}

/// The federal liaison's briefing as a self-contained HTML file (see `pages::briefing`).
pub fn briefing_document(
    l: &crate::i18n::Localizer,
    state: &jirga_core::State,
    initiative: &InitiativeId,
    checkpoint: Option<&str>,
    today: jiff::civil::Date,
) -> Option<String> {
    pages::briefing::document(l, state, initiative, checkpoint, today)
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/actions", post(post_action))
        // The issue form uploads the holder's photo: its own, larger, limit.
        .route(
            "/passes/new",
            axum::routing::get(get_page).post(post_upload).layer(axum::extract::DefaultBodyLimit::max(border::MAX_UPLOAD_BODY_BYTES)),
        )
        .merge(border::router())
        .merge(agreement::router())
        .fallback(page_or_form)
}

/// A page's own URL answers its forms too: a form posts to the page it is on,
/// so a refused form comes back at that page's address (not at `/actions`),
/// with the reader's answers and the error. Which page it is comes from the
/// form's own `_return_to`, checked like every destination.
async fn page_or_form(
    State(app): State<AppState>,
    method: axum::http::Method,
    headers: HeaderMap,
    uri: Uri,
    body: axum::body::Bytes,
) -> Response {
    if method == axum::http::Method::POST {
        return post_action(State(app), headers, body).await;
    }
    get_page(State(app), headers, uri).await
}

/// What a query value percent-encodes: everything but RFC 3986's unreserved characters.
pub(crate) const QUERY_VALUE: percent_encoding::AsciiSet =
    percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// Percent-encode a query value.
fn url_encode(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, &QUERY_VALUE).to_string()
}

async fn get_page(State(app): State<AppState>, headers: HeaderMap, uri: Uri) -> Response {
    let Some(viewer) = session::viewer(&app, &headers) else {
        return login::to_login(uri.path_and_query().map_or("/", |pq| pq.as_str()));
    };
    // A query string our links never make (`?page=abc`, a field twice) gets a
    // page that says so, like any other bad address, not the extractor's text.
    let Ok(query) = serde_html_form::from_str::<PageQuery>(uri.query().unwrap_or_default()) else {
        return message_page(&app, &viewer, StatusCode::BAD_REQUEST, "bad-query-title", "bad-query-body");
    };
    let Some(page) = Page::parse(uri.path(), &query) else {
        return not_found(&app, &viewer);
    };
    if page.needs_log() && !app.engine.may_read(&viewer.principal, Read::Log) {
        return forbidden(&app, &viewer);
    }
    let flash = query.done.as_deref().map(|done| {
        let id = format!("change-{}", done.replace('_', "-"));
        let l = viewer.l();
        if l.has(&id) { l.t_args("flash-done", &[("change", l.t(&id))]) } else { l.t("flash-done-generic") }
    });
    let mut extra = pages::Extra::load(&app, &viewer.principal, &page);
    extra.list_page = query.page.unwrap_or(1);
    render_with(&app, &viewer, &page, &extra, None, flash, StatusCode::OK)
}

/// Build the page context for `viewer` over what they may see, and run `f`.
fn with_ctx<T>(
    app: &AppState,
    viewer: &Viewer,
    page: &Page,
    form_error: Option<&FormError>,
    flash: Option<String>,
    f: impl FnOnce(&Ctx) -> T,
) -> T {
    let principal = &viewer.principal;
    let reads_log = app.engine.may_read(principal, Read::Log);
    let authorizer = app.engine.authorizer();
    app.engine.read_as(principal, |state| {
        let may = |command: &str, target: Option<&str>| authorizer.may(principal, command, target, state);
        let today = jiff::Zoned::now().date();
        let ctx = Ctx { l: viewer.l(), state, today, page, form_error, flash, viewer: Some(viewer), may: &may, reads_log };
        f(&ctx)
    })
}

fn render(
    app: &AppState,
    viewer: &Viewer,
    page: &Page,
    form_error: Option<&FormError>,
    flash: Option<String>,
    status: StatusCode,
) -> Response {
    let extra = pages::Extra::load(app, &viewer.principal, page);
    render_with(app, viewer, page, &extra, form_error, flash, status)
}

/// [`render`] with what the page needs beyond the state already loaded.
fn render_with(
    app: &AppState,
    viewer: &Viewer,
    page: &Page,
    extra: &pages::Extra,
    form_error: Option<&FormError>,
    flash: Option<String>,
    status: StatusCode,
) -> Response {
    let markup: Option<Markup> = with_ctx(app, viewer, page, form_error, flash, |ctx| pages::render(ctx, extra));
    match markup {
        Some(m) => (status, m).into_response(),
        None => not_found(app, viewer),
    }
}

fn message_page(app: &AppState, viewer: &Viewer, status: StatusCode, title: &str, body: &str) -> Response {
    let l = viewer.l();
    let markup = with_ctx(app, viewer, &Page::Home, None, None, |ctx| {
        layout::page(ctx, &l.t(title), maud::html! { h1 { (l.t(title)) } p { (l.t(body)) } })
    });
    (status, markup).into_response()
}

fn not_found(app: &AppState, viewer: &Viewer) -> Response {
    message_page(app, viewer, StatusCode::NOT_FOUND, "not-found-title", "not-found-body")
}

fn forbidden(app: &AppState, viewer: &Viewer) -> Response {
    message_page(app, viewer, StatusCode::FORBIDDEN, "forbidden-title", "forbidden-body")
}

/// A form's fields as JSON; a number that is not one is refused naming its field.
fn form_json(pairs: &[(String, String)]) -> Result<serde_json::Value, ApiError> {
    crate::forms::to_json(pairs).map_err(|(field, reason)| ApiError::invalid_field(&field, reason))
}

/// The page again with every problem of a form checked field by field, what was typed kept.
fn refuse_all(
    app: &AppState,
    viewer: &Viewer,
    page: &Page,
    form_id: &str,
    pairs: &[(String, String)],
    problems: Vec<(String, String)>,
) -> Response {
    let message = viewer.l().t_args("form-error-count", &[("count", problems.len().to_string())]);
    let form_error =
        FormError { form_id: form_id.to_owned(), code: "invalid_field".into(), field: None, message, values: pairs.to_vec(), problems };
    render(app, viewer, page, Some(&form_error), None, StatusCode::UNPROCESSABLE_ENTITY)
}

/// The page again with the form refused: the rule's message, what was typed kept.
fn refuse(app: &AppState, viewer: &Viewer, page: &Page, form_id: &str, pairs: &[(String, String)], err: ApiError) -> Response {
    let message = err.refusal.message_in(viewer.l());
    let Refusal { code, field, .. } = err.refusal;
    let form_error = FormError { form_id: form_id.to_owned(), code, field, message, values: pairs.to_vec(), problems: vec![] };
    render(app, viewer, page, Some(&form_error), None, err.status)
}

/// Back from check-your-answers: the form again, filled in as it was.
fn form_again(app: &AppState, viewer: &Viewer, page: &Page, form_id: &str, pairs: &[(String, String)]) -> Response {
    let again = FormError {
        form_id: form_id.to_owned(),
        code: String::new(),
        field: None,
        message: String::new(),
        values: pairs.to_vec(),
        problems: vec![],
    };
    render(app, viewer, page, Some(&again), None, StatusCode::OK)
}

/// POST /actions: a form becomes a command, runs through the write path, and the
/// person lands back on the page the form was on.
async fn post_action(State(app): State<AppState>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let pairs: Vec<(String, String)> = match serde_html_form::from_bytes(&body) {
        Ok(p) => p,
        Err(_) => return bad_form(),
    };
    act(app, headers, pairs).await
}

fn bad_form() -> Response {
    (StatusCode::BAD_REQUEST, english().t("error-bad-form")).into_response()
}

/// The forms that upload a file (the issue form, with the holder's photo) post
/// here as `multipart/form-data`: each text field is a field as from any form,
/// each file's bytes its field's value in base64 (a file not chosen is left
/// out); a url-encoded post is taken as at `/actions`.
async fn post_upload(State(app): State<AppState>, headers: HeaderMap, request: axum::extract::Request) -> Response {
    use axum::extract::FromRequest;
    // Before a byte of the (large) body is read: only a signed-in person uploads.
    if session::viewer(&app, &headers).is_none() {
        return Redirect::to("/login").into_response();
    }
    let multipart =
        headers.get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        let Ok(body) = axum::body::Bytes::from_request(request, &app).await else { return bad_form() };
        return post_action(State(app), headers, body).await;
    }
    let Ok(mut form) = axum::extract::Multipart::from_request(request, &app).await else { return bad_form() };
    let mut pairs = Vec::new();
    loop {
        match form.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                let is_file = field.file_name().is_some();
                let Ok(bytes) = field.bytes().await else { return bad_form() };
                if is_file {
                    if !bytes.is_empty() {
                        pairs.push((name, base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &bytes)));
                    }
                } else {
                    let Ok(text) = String::from_utf8(bytes.to_vec()) else { return bad_form() };
                    pairs.push((name, text));
                }
            }
            Ok(None) => break,
            Err(_) => return bad_form(),
        }
    }
    act(app, headers, pairs).await
}

/// The days a reader typed, as the record keeps them (ISO, Gregorian): the
/// fields a form names in `_days` may be typed in any digits and, by a reader
/// in Dari or Pashto, as Solar Hijri dates (`۱۴۰۴/۰۱/۰۱`); each is converted
/// here, once, for every route after it (check your answers shows it back).
/// What is not a real day is left as typed, for the field's own error.
fn typed_days(mut pairs: Vec<(String, String)>, locale: &str) -> Vec<(String, String)> {
    let days: Vec<String> = pairs.iter().filter(|(k, _)| k == "_days").map(|(_, v)| v.clone()).collect();
    for (_, value) in pairs.iter_mut().filter(|(k, v)| days.contains(k) && !v.trim().is_empty()) {
        if let Some(day) = jirga_dates::parse_day(value, locale) {
            *value = day.to_string();
        }
    }
    pairs
}

/// A posted form, as fields: checked against the session, then recorded (or
/// shown again with what is wrong).
async fn act(app: AppState, headers: HeaderMap, pairs: Vec<(String, String)>) -> Response {
    let Some(viewer) = session::viewer(&app, &headers) else {
        return Redirect::to("/login").into_response();
    };
    let pairs = typed_days(pairs, viewer.locale);
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    // Before anything else: a form without this session's token was not sent
    // from one of our pages.
    if !session::token_matches(&viewer.csrf, &get("_csrf")) {
        return message_page(&app, &viewer, StatusCode::FORBIDDEN, "csrf-title", "error-csrf-invalid");
    }
    let return_to = get("_return_to");
    let (path, query) = return_to.split_once('?').unwrap_or((&return_to, ""));
    let page_query: PageQuery = serde_html_form::from_str(query).unwrap_or_default();
    // Only our own pages are valid destinations: no open redirect.
    let Some(page) = Page::parse(path, &page_query) else {
        return bad_form();
    };
    let form_id = get("_form");
    // "Add another" or "Remove": the form again with its rows changed, nothing recorded.
    if let Some(edited) = crate::forms::edit_rows(&pairs) {
        return form_again(&app, &viewer, &page, &form_id, &edited);
    }
    let refused = |err: ApiError| refuse(&app, &viewer, &page, &form_id, &pairs, err);
    if get("type") == "issue_pass" {
        return border::issue_pass_form(&app, &viewer, &page, &form_id, &pairs).await;
    }
    if pairs.iter().any(|(k, _)| k.starts_with("incident_row.")) {
        return incidents::incident_form(&app, &viewer, &page, &form_id, &pairs).await;
    }
    let command = match form_json(&pairs).and_then(|json| Ok(crate::api::parse_command(json.to_string().as_bytes())?)) {
        Ok(c) => c,
        Err(e) => return refused(e),
    };
    if pairs.iter().any(|(k, _)| k == "_change") {
        return form_again(&app, &viewer, &page, &form_id, &pairs);
    }
    if confirm::needs_confirmation(&command) && !pairs.iter().any(|(k, _)| k == "_confirmed") {
        // Nobody is asked to confirm what they would be refused (a policy text
        // that does not validate is refused here, with its file and line).
        let authorized = app.engine.read(|s| app.engine.authorizer().authorize(&viewer.principal, &command, s));
        if let Err(denied) = authorized {
            return refused(jirga_engine::ExecError::Denied(denied).into());
        }
        let markup = with_ctx(&app, &viewer, &page, None, None, |ctx| confirm::page_for(ctx, &pairs));
        return (StatusCode::OK, markup).into_response();
    }
    let name = command.name();
    match app.engine.execute(&viewer.principal, command).await {
        Ok(committed) => {
            // A new delegation, meeting or commitment opens on its own page.
            let target = committed
                .created
                .first()
                .and_then(|id| id.parse::<RecordRef>().ok())
                .filter(|r| {
                    matches!(
                        r,
                        RecordRef::Delegation(_)
                            | RecordRef::Meeting(_)
                            | RecordRef::Commitment(_)
                            | RecordRef::Initiative(_)
                            | RecordRef::Crossing(_)
                            | RecordRef::MovementReport(_)
                    )
                })
                .and_then(|r| Page::of_record(&r))
                .unwrap_or(page);
            let href = target.href();
            let (base, anchor) =
                href.split_once('#').map(|(b, a)| (b.to_owned(), format!("#{a}"))).unwrap_or((href.clone(), String::new()));
            let sep = if base.contains('?') { '&' } else { '?' };
            Redirect::to(&format!("{base}{sep}done={name}{anchor}")).into_response()
        }
        Err(err) => refused(ApiError::from(err)),
    }
}
