//! The incident register's views shared by pages and API (filters in the URL).
//! (The demo's incidents are seeded by `jirga_service::demo`.)

use jirga_core::incident::{Incident, IncidentRegister};
use jirga_incidents::month::YearMonth;
use jirga_incidents::stats::Filter;
use jirga_incidents::taxonomy::EVENT_TYPES;

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

pub fn month_of(text: &str) -> Option<YearMonth> {
    text.parse().ok()
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
    let month = YearMonth::of(i.event_date.value);
    f.from.as_deref().and_then(month_of).is_none_or(|from| month >= from)
        && f.to.as_deref().and_then(month_of).is_none_or(|to| month <= to)
        && f.district.as_deref().and_then(district_of).is_none_or(|(a1, a2)| i.admin1 == a1 && i.admin2 == a2)
        && f.event_type.as_deref().is_none_or(|t| i.event_type == t)
        && f.actor.as_deref().filter(|a| !a.is_empty()).is_none_or(|a| i.actor1 == a)
}
