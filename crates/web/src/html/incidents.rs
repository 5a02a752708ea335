//! The analyst's incident form: ACLED's fields, typed one by one, become one
//! ACLED row, validated exactly as an imported row is (the same reader), then
//! `record_incidents` (with the first source report) or `amend_incident`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jirga_core::Command;
use jirga_core::incident::{Incident, IncidentRows};
use jirga_incidents::acled::{self, COLUMNS};

use super::{Page, form_json, refuse};
use crate::AppState;
use crate::error::ApiError;
use crate::i18n::english;
use crate::session::Viewer;

const PREFIX: &str = "incident_row.";

/// ACLED's disorder type of an event type.
fn disorder_type(event_type: &str) -> &'static str {
    match event_type {
        "Protests" | "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    }
}

/// The cells of an incident as ACLED writes them.
fn cells_of(incident: &Incident) -> Vec<String> {
    let mut buf = Vec::new();
    acled::write_rows(&mut buf, std::slice::from_ref(incident)).expect("writing to memory");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(buf.as_slice());
    reader.records().next().and_then(Result::ok).map(|r| r.iter().map(str::to_owned).collect()).unwrap_or_default()
}

/// The form's fields as one ACLED row: the current version's cells (when
/// amending) or a new incident's defaults, with what the form says over them.
fn row_from_form(pairs: &[(String, String)], current: Option<&Incident>) -> Result<IncidentRows, ApiError> {
    let mut cells: Vec<String> = match current {
        Some(i) => cells_of(i),
        None => COLUMNS.iter().map(|_| String::new()).collect(),
    };
    let set = |cells: &mut Vec<String>, column: &str, value: String| {
        if let Some(at) = COLUMNS.iter().position(|c| *c == column) {
            cells[at] = value;
        }
    };
    if current.is_none() {
        for (column, value) in [("iso", "586"), ("region", "Southern Asia"), ("country", "Pakistan"), ("source_scale", "Other")] {
            set(&mut cells, column, value.into());
        }
    }
    let get = |name: &str| pairs.iter().find(|(k, _)| k.strip_prefix(PREFIX) == Some(name)).map(|(_, v)| v.trim().to_owned());
    for (name, value) in pairs.iter().filter_map(|(k, v)| Some((k.strip_prefix(PREFIX)?, v.trim().to_owned()))) {
        match name {
            "sub_event" => {
                let (t, s) = value.split_once('|').unwrap_or(("", ""));
                set(&mut cells, "event_type", t.to_owned());
                set(&mut cells, "sub_event_type", s.to_owned());
                set(&mut cells, "disorder_type", disorder_type(t).to_owned());
            }
            "civilian_targeting" => {}
            "event_date" => {
                set(&mut cells, "year", value.get(..4).unwrap_or_default().to_owned());
                set(&mut cells, "event_date", value);
            }
            column if COLUMNS.contains(&column) => set(&mut cells, column, value),
            _ => {}
        }
    }
    let targeted = get("civilian_targeting").is_some_and(|v| matches!(v.as_str(), "on" | "true" | "yes"));
    set(&mut cells, "civilian_targeting", if targeted { "Civilian targeting".into() } else { String::new() });
    // ACLED's interaction code: the two actor types, the smaller first (10 × a lone actor's).
    let code = |name: &str| get(name).and_then(|v| v.parse::<u8>().ok());
    let interaction = match (code("inter1"), code("inter2").filter(|c| *c > 0)) {
        (Some(a), Some(b)) => format!("{}{}", a.min(b), a.max(b)),
        (Some(a), None) => format!("{a}0"),
        _ => String::new(),
    };
    if code("inter1").is_some() {
        set(&mut cells, "interaction", interaction);
    }
    set(&mut cells, "timestamp", jiff::Timestamp::now().as_second().to_string());
    let mut buf = Vec::new();
    {
        let mut w = csv::Writer::from_writer(&mut buf);
        w.write_record(&cells).expect("writing to memory");
        w.flush().expect("writing to memory");
    }
    let rows = acled::read_rows(buf.as_slice()).map_err(|e| {
        let field = match e.column.as_str() {
            "event_type" | "sub_event_type" => "sub_event",
            "year" => "event_date",
            other => other,
        };
        let mut err = ApiError::invalid_field(&e.column, e.message.clone());
        err.refusal.field = Some(format!("{PREFIX}{field}"));
        err
    })?;
    Ok(IncidentRows::new(rows))
}

/// POST /actions with an incident's fields.
pub(super) async fn incident_form(app: &AppState, viewer: &Viewer, page: &Page, form_id: &str, pairs: &[(String, String)]) -> Response {
    let refused = |err: ApiError| refuse(app, viewer, page, form_id, pairs, err);
    let kind = pairs.iter().find(|(k, _)| k == "type").map(|(_, v)| v.as_str()).unwrap_or_default();
    let value = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    let current = (kind == "amend_incident").then(|| app.engine.read(|s| s.incidents.get(&value("incident")).cloned())).flatten();
    if kind == "amend_incident" && current.is_none() {
        return refused(ApiError::not_found("incident", &value("incident")));
    }
    let rows = match row_from_form(pairs, current.as_ref()) {
        Ok(rows) => rows,
        Err(e) => return refused(e),
    };
    let id = rows.rows()[0].event_id_cnty.to_string();
    // The rest of the form (source, reason, the first report) is the command's JSON.
    let others: Vec<(String, String)> =
        pairs.iter().filter(|(k, _)| !k.starts_with(PREFIX) && !k.starts_with("report.")).cloned().collect();
    let mut json = match form_json(&others) {
        Ok(j) => j,
        Err(e) => return refused(e),
    };
    let key = if kind == "amend_incident" { "row" } else { "rows" };
    json[key] = serde_json::Value::String(rows.to_csv().to_owned());
    let mut commands = match crate::api::parse_command(json.to_string().as_bytes()) {
        Ok(c @ (Command::RecordIncidents { .. } | Command::AmendIncident { .. })) => vec![c],
        Ok(_) => return (StatusCode::BAD_REQUEST, english().t("error-bad-form")).into_response(),
        Err(e) => return refused(e.into()),
    };
    let report: Vec<(String, String)> = pairs
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("report.")?.to_owned(), v.clone())))
        .filter(|(_, v)| !v.trim().is_empty())
        .collect();
    if kind == "record_incidents" && !report.is_empty() {
        let mut fields = vec![("type".to_owned(), "add_incident_report".to_owned()), ("incident".to_owned(), id.clone())];
        fields.extend(report);
        let parsed = form_json(&fields).and_then(|j| Ok(crate::api::parse_command(j.to_string().as_bytes())?));
        match parsed {
            Ok(c) => commands.push(c),
            Err(mut e) => {
                e.refusal.field = e.refusal.field.map(|f| format!("report.{f}"));
                return refused(e);
            }
        }
    }
    match app.engine.execute_all(&viewer.principal, commands).await {
        Ok(_) => Redirect::to(&format!("{}?done={kind}", Page::Incident(id).href())).into_response(),
        Err(err) => refused(ApiError::from(err)),
    }
}
