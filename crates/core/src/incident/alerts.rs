//! The alert rules and the alerts they raise.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use jirga_incidents::acled::Incident;

/// A rule that raises an alert: `at_least` incidents of `sub_event_type` in one
/// district (or, `province_wide`, one province) within `within_days` days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlertRule {
    pub code: &'static str,
    pub sub_event_type: &'static str,
    pub at_least: usize,
    pub within_days: i32,
    pub province_wide: bool,
}

/// The rules in force. "Two suicide bombings in the past four days" in Khyber
/// Pakhtunkhwa (the articles) is what the province-wide rule catches.
pub const ALERT_RULES: &[AlertRule] = &[
    AlertRule { code: "suicide_bombings_in_a_district", sub_event_type: "Suicide bomb", at_least: 2, within_days: 7, province_wide: false },
    AlertRule { code: "suicide_bombings_in_a_province", sub_event_type: "Suicide bomb", at_least: 2, within_days: 7, province_wide: true },
];

impl AlertRule {
    /// The place an incident counts in for this rule: (admin1, admin2 or "").
    pub(super) fn place(&self, i: &Incident) -> (String, String) {
        (i.admin1.to_string(), if self.province_wide { String::new() } else { i.admin2.to_string() })
    }
}

/// What an alert rule found, carried in the event that recorded the last incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alert {
    pub rule: String,
    pub admin1: String,
    pub admin2: String,
    /// The window the incidents fall in.
    pub from: Date,
    pub to: Date,
    /// The incidents (`event_id_cnty`), oldest first.
    pub incidents: Vec<String>,
}

/// An alert as recorded: its event and when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RaisedAlert {
    pub seq: u64,
    pub at: jiff::Timestamp,
    #[serde(flatten)]
    pub alert: Alert,
}
