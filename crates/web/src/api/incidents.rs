//! The incident register through the API: filtered lists (JSON or ACLED CSV),
//! one incident with everything recorded about it, statistics, alerts.
//! Changes go through `POST /api/v1/commands` (`record_incidents`, …).

use axum::extract::{Path, State};

use super::{ApiQuery, ApiReader};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use jirga_incidents::stats::Group;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::error::ApiError;
use crate::incidents::{IncidentFilter, matches, stats_filter};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/incidents", get(list))
        .route("/api/v1/incidents/stats", get(stats))
        .route("/api/v1/incidents/{id}", get(one))
        .route("/api/v1/alerts", get(alerts))
}

/// Incidents per answer unless the caller asks for fewer or more, and the most
/// (an incident is about 1 KB of JSON).
pub const DEFAULT_LIMIT: usize = 1_000;
pub const MAX_LIMIT: usize = 100_000;

#[derive(Deserialize)]
struct ListQuery {
    #[serde(flatten)]
    filter: IncidentFilter,
    /// `json` (default) or `acled` (CSV, ACLED's columns).
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    limit: Option<usize>,
}

async fn list(
    State(app): State<AppState>,
    ApiReader(principal): ApiReader,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Response, ApiError> {
    let limit = super::query_in_range("limit", q.limit.unwrap_or(DEFAULT_LIMIT), 1..=MAX_LIMIT)?;
    let (total, rows) = app.engine.read_as(&principal, |s| {
        let register = &s.incidents;
        let matching = register.iter().filter(|i| matches(&q.filter, i));
        let all: Vec<_> = matching.collect();
        (all.len(), all.into_iter().take(limit).cloned().collect::<Vec<_>>())
    });
    match q.format.as_deref() {
        None | Some("json") => Ok(Json(json!({"total": total, "items": rows})).into_response()),
        Some("acled") => {
            let mut csv = Vec::new();
            jirga_incidents::acled::write(&mut csv, &rows)
                .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()))?;
            Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], csv).into_response())
        }
        Some(other) => Err(ApiError::invalid_field("format", format!("'{other}' is not json or acled"))),
    }
}

async fn one(State(app): State<AppState>, ApiReader(principal): ApiReader, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    app.engine
        .read_as(&principal, |s| {
            let view = s.incidents.view(&id)?;
            Some(json!({
                "incident": view.incident,
                "recorded": view.recorded,
                "reports": view.reports,
                "amendments": view.amendments,
                "duplicate_candidates": view.candidates.iter().map(|c| c.event_id_cnty.to_string()).collect::<Vec<_>>(),
                "decisions": view.decisions,
                "merged_into": view.merged_into,
            }))
        })
        .map(Json)
        .ok_or_else(|| ApiError::not_found("incident", &id))
}

#[derive(Deserialize)]
struct StatsQuery {
    #[serde(flatten)]
    filter: IncidentFilter,
    /// `month` (default), `district`, `event_type` or `actor`.
    #[serde(default)]
    group: Option<String>,
}

async fn stats(
    State(app): State<AppState>,
    ApiReader(principal): ApiReader,
    ApiQuery(q): ApiQuery<StatsQuery>,
) -> Result<Json<Value>, ApiError> {
    let group = match q.group.as_deref().unwrap_or("month") {
        "month" => Group::Month,
        "district" => Group::District,
        "event_type" => Group::EventType,
        "actor" => Group::Actor,
        other => {
            return Err(ApiError::invalid_field("group", format!("'{other}' is not month, district, event_type or actor")));
        }
    };
    let rows = app.engine.read_as(&principal, |s| {
        let filter = stats_filter(&s.incidents, &q.filter);
        s.incidents.columns().tally(&filter, group)
    });
    let items: Vec<Value> =
        rows.into_iter().map(|t| json!({"key": t.key, "events": t.count.events, "fatalities": t.count.fatalities})).collect();
    Ok(Json(json!({"group": q.group.unwrap_or_else(|| "month".into()), "items": items})))
}

async fn alerts(State(app): State<AppState>, ApiReader(principal): ApiReader) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!({"items": app.engine.read_as(&principal, |s| serde_json::to_value(s.incidents.alerts()).expect("serializes"))})))
}
