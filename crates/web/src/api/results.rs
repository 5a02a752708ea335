//! The results tracker through the API: an initiative's provisions on a
//! reading day, as JSON or as CSV in the shape PA-X/PAM researchers use (a row
//! per provision and score: provision, date, score, evidence). The same rows
//! the results page shows (`jirga_core::results`).

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use jirga_core::ids::{CommunityId, InitiativeId};
use jirga_core::model::{CommitmentStatus, Topic};
use jirga_core::results::{Provision, ResultsFilter, provisions};
use serde::Deserialize;
use serde_json::json;

use super::{ApiQuery, ApiReader};
use crate::AppState;
use crate::error::ApiError;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/initiatives/{id}/results", get(results))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResultsQuery {
    /// `json` (default) or `csv`.
    format: Option<String>,
    /// The reading day (default today): overdue flags and scores as they stood then.
    on: Option<jiff::civil::Date>,
    phase: Option<u32>,
    topic: Option<Topic>,
    status: Option<CommitmentStatus>,
    cbm: Option<bool>,
    overdue: Option<bool>,
    community: Option<CommunityId>,
}

/// The CSV's columns, in order.
pub const CSV_COLUMNS: &[&str] = &[
    "provision_id",
    "provision",
    "phase",
    "topic",
    "status",
    "confidence_building",
    "communities",
    "due_on",
    "overdue",
    "date",
    "score",
    "evidence_kind",
    "evidence",
    "evidence_url",
    "scored_by",
];

async fn results(
    State(app): State<AppState>,
    ApiReader(principal): ApiReader,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<ResultsQuery>,
) -> Result<Response, ApiError> {
    let day = q.on.unwrap_or_else(|| jiff::Zoned::now().date());
    let filter = ResultsFilter {
        phase: q.phase,
        topic: q.topic,
        status: q.status,
        measures_only: q.cbm.unwrap_or(false),
        overdue_only: q.overdue.unwrap_or(false),
        community: q.community,
    };
    let format = q.format.unwrap_or_else(|| "json".into());
    if !matches!(format.as_str(), "json" | "csv") {
        return Err(ApiError::invalid_field("format", format!("'{format}' is not json or csv")));
    }
    app.engine.read_as(&principal, |s| {
        let ini = id.parse::<InitiativeId>().ok().filter(|i| s.initiatives.contains_key(i)).ok_or_else(|| ApiError::not_found("initiative", &id))?;
        let rows = provisions(s, &ini, day, &filter);
        if format == "csv" {
            let body = csv(&rows).map_err(|e| ApiError::internal("writing the results CSV", &e))?;
            let disposition = format!("attachment; filename=\"jirga-results-{ini}-{day}.csv\"");
            return Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)], body).into_response());
        }
        Ok(Json(json!({"initiative": ini, "reading_day": day, "scale": "Peace Accords Matrix implementation score: 0 not implemented, 1 minimal, 2 intermediate, 3 full", "provisions": rows})).into_response())
    })
}

/// A row per provision and score (a provision never scored: one row, no score).
fn csv(rows: &[Provision<'_>]) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(CSV_COLUMNS)?;
    for p in rows {
        let fixed = [
            p.id.to_string(),
            p.text.to_owned(),
            p.phase.to_string(),
            p.topic.as_str().to_owned(),
            p.status.as_str().to_owned(),
            p.confidence_building.to_string(),
            p.communities.join("; "),
            p.due_on.map(|d| d.to_string()).unwrap_or_default(),
            (p.overdue || !p.overdue_milestones.is_empty()).to_string(),
        ];
        if p.scores.is_empty() {
            out.write_record(fixed.iter().map(String::as_str).chain(["", "", "", "", "", ""]))?;
        }
        for s in p.scores {
            let scored = [
                s.scored_on.to_string(),
                s.score.to_string(),
                s.evidence.kind.as_str().to_owned(),
                s.evidence.description.to_string(),
                s.evidence.url.as_ref().map(|u| u.as_str().to_owned()).unwrap_or_default(),
                s.scored_by.name.clone(),
            ];
            out.write_record(fixed.iter().chain(scored.iter()))?;
        }
    }
    out.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
