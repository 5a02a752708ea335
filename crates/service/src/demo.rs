//! The demo's record beyond the scenario's commands, shared by `jirga demo`
//! and the tests: the articles' incidents with their reports, the real UCDP
//! export, the movement and the citations that follow them.

use std::path::Path;

use jirga_core::Command;
use jirga_core::incident::{IncidentFormat, IncidentRows};

use crate::import::import_commands;
use jirga_core::text::Name;
use jirga_engine::Engine;
use jirga_incidents::{acled, ucdp};

fn failed(what: &str, e: impl std::fmt::Display) -> String {
    format!("{what}: {e}")
}

/// The articles' bombings entered by hand with their reports, the real UCDP GED
/// export for Pakistan (from `ucdp`, when the file is there), the movement the
/// articles report, and the bombings cited on the security agenda. Returns how
/// many UCDP events were imported.
pub async fn seed_incidents(engine: &Engine, accounts: &jirga_auth::Accounts, ucdp_file: &Path) -> Result<Option<usize>, String> {
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
