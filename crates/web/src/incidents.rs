//! The incident register's views shared by pages and API (filters in the URL),
//! and the demo's incidents, shared by `jirga demo` and the tests.

use std::path::Path;

use jirga_core::Command;
use jirga_core::incident::{Incident, IncidentFormat, IncidentRegister, IncidentRows, import_commands};
use jirga_core::text::Name;
use jirga_engine::Engine;
use jirga_incidents::stats::Filter;
use jirga_incidents::taxonomy::EVENT_TYPES;
use jirga_incidents::{acled, ucdp};

/// The incident views' filters, in the URL so a view can be shared and cited.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct IncidentFilter {
    /// First and last month, `YYYY-MM`.
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    /// `admin1|admin2`.
    #[serde(default)]
    pub district: Option<String>,
    #[serde(default)]
    pub event_type: Option<String>,
    #[serde(default)]
    pub actor: Option<String>,
}

pub fn month_of(text: &str) -> Option<(i16, i8)> {
    let (y, m) = text.trim().split_once('-')?;
    let (y, m) = (y.parse().ok()?, m.parse().ok()?);
    (1..=12).contains(&m).then_some((y, m))
}

pub fn district_of(text: &str) -> Option<(&str, &str)> {
    text.split_once('|')
}

/// The statistics filter a page's query asks for, over these columns.
pub fn stats_filter(register: &IncidentRegister, f: &IncidentFilter) -> Filter {
    let columns = register.columns();
    // A district or actor the register does not know matches nothing.
    let unknown = u32::MAX - 1;
    Filter {
        from: f.from.as_deref().and_then(month_of),
        to: f.to.as_deref().and_then(month_of),
        place: f.district.as_deref().and_then(district_of).map(|(a1, a2)| columns.place_number(a1, a2).unwrap_or(unknown)),
        event_type: f.event_type.as_deref().map(|t| EVENT_TYPES.iter().position(|(n, _)| *n == t).map_or(u8::MAX, |p| p as u8)),
        actor: f.actor.as_deref().filter(|a| !a.is_empty()).map(|a| columns.actor_number(a).unwrap_or(unknown)),
    }
}

/// Does one incident pass the filter (for the list of incidents)?
pub fn matches(f: &IncidentFilter, i: &Incident) -> bool {
    let month = (i.event_date.value.year(), i.event_date.value.month());
    f.from.as_deref().and_then(month_of).is_none_or(|from| month >= from)
        && f.to.as_deref().and_then(month_of).is_none_or(|to| month <= to)
        && f.district.as_deref().and_then(district_of).is_none_or(|(a1, a2)| i.admin1 == a1 && i.admin2 == a2)
        && f.event_type.as_deref().is_none_or(|t| i.event_type == t)
        && f.actor.as_deref().filter(|a| !a.is_empty()).is_none_or(|a| i.actor1 == a)
}

fn failed(what: &str, e: impl std::fmt::Display) -> String {
    format!("{what}: {e}")
}

/// The articles' bombings entered by hand with their reports, the real UCDP GED
/// export for Pakistan (from `ucdp`, when the file is there), the movement the
/// articles report, and the bombings cited on the security agenda. Returns how
/// many UCDP events were imported.
pub async fn seed_demo(engine: &Engine, accounts: &jirga_auth::Accounts, ucdp_file: &Path) -> Result<Option<usize>, String> {
    let principal = |command: &str| accounts.principal(jirga_auth::demo::issuer_of(command)).map_err(|e| failed("demo user", e));
    let analyst = principal("record_incidents")?;
    let rows = acled::read_rows(jirga_core::demo::ARTICLE_INCIDENTS.as_bytes()).map_err(|e| failed("demo incidents", e))?;
    let hand = Name::parse("Hand entry").map_err(|e| failed("source", e))?;
    for incident in rows {
        let id = incident.event_id_cnty.to_string();
        let mut commands =
            vec![Command::RecordIncidents { source: hand.clone(), format: IncidentFormat::Form, rows: IncidentRows::new(vec![incident]) }];
        for (of, publisher, on, excerpt) in jirga_core::demo::ARTICLE_REPORTS.iter().filter(|r| r.0 == id) {
            let report = serde_json::json!({"type": "add_incident_report", "incident": of, "publisher": publisher, "published_on": on, "excerpt": excerpt});
            commands.push(serde_json::from_value(report).map_err(|e| failed("demo report", e))?);
        }
        engine.execute_all(&analyst, commands).await.map_err(|e| failed(&format!("demo incident {id}"), e))?;
    }
    let imported = match std::fs::read(ucdp_file) {
        Ok(bytes) => {
            let events = ucdp::read(bytes.as_slice()).map_err(|e| failed(&ucdp_file.display().to_string(), e))?;
            let count = events.len();
            let source = Name::parse("ucdp_ged_pakistan.csv (UCDP GED; Sundberg & Melander 2013)").map_err(|e| failed("source", e))?;
            let commands = import_commands(&source, IncidentFormat::Ucdp, events.into_iter().map(|e| e.incident).collect());
            engine.execute_all(&analyst, commands).await.map_err(|e| failed("UCDP import", e))?;
            Some(count)
        }
        Err(_) => None,
    };
    for command in jirga_core::demo::incident_follow_ups() {
        let user = accounts.principal(jirga_auth::demo::issuer(&command)).map_err(|e| failed("demo user", e))?;
        engine.execute(&user, command).await.map_err(|e| failed("demo incidents", e))?;
    }
    Ok(imported)
}
