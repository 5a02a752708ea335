//! The security monitoring pages: the incident dashboard (statistics with
//! period comparison, charts, the map, alerts, filters in the URL), one
//! incident with its reports, versions and duplicate decisions, hand entry,
//! and the reports of militant movement across the border.
//!
//! One module per page; what several pages show is here.

mod alerts;
mod dashboard;
mod evidence;
mod incident;
mod movements;

pub use alerts::alerts;
pub use dashboard::dashboard;
pub(crate) use dashboard::every_month;
pub use evidence::evidence;
pub use incident::{new, one};
pub use movements::movements;

use crate::charts;
use crate::html::Page;
use crate::html::layout::Ctx;
use jirga_incidents::stats::district_label;
use maud::{Markup, html};

/// Agenda items and claims evidence may be cited on.
fn citable(ctx: &Ctx) -> Vec<(String, String)> {
    let items = ctx.state.agenda_items.values().map(|a| (a.id.to_string(), format!("{} — {}", a.id, a.title)));
    let claims =
        ctx.state.claims.values().map(|c| (c.id.to_string(), format!("{} — {}", c.id, charts::truncate(c.proposition.as_str(), 80))));
    items.chain(claims).collect()
}

pub(crate) fn alert_line(ctx: &Ctx, a: &jirga_core::incident::Alert) -> Markup {
    html! {
        strong { (ctx.t(&format!("alert-rule-{}", a.rule.replace('_', "-")))) } ": "
        (district_label(&a.admin1, &a.admin2)) ", " (a.from) " – " (a.to) " ("
        @for (k, id) in a.incidents.iter().enumerate() {
            @if k > 0 { ", " }
            a href=(Page::Incident(id.clone()).href()) { (id) }
        }
        ")"
    }
}
