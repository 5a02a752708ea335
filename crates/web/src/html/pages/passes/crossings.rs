//! The crossing log with its anomalies and daily counts per crossing point,
//! and one crossing.

use crate::html::Page;
use crate::html::layout::{Ctx, history, json_list_link, ledger_ref, paged, tag};
use jirga_core::ids::CrossingId;
use jirga_core::model::{Anomaly, Direction};
use maud::{Markup, html};
use std::collections::BTreeMap;

use super::*;

pub fn crossings(ctx: &Ctx, anomaly: Option<&str>, list_page: usize) -> (String, Markup) {
    let title = ctx.t("crossings-title");
    let filter = anomaly.and_then(|a| Anomaly::ALL.iter().copied().find(|x| x.as_str() == a));
    let all: Vec<_> = ctx.state.crossings.values().rev().collect();
    let shown: Vec<_> = all
        .iter()
        .copied()
        .filter(|c| match (anomaly, filter) {
            (None, _) => true,
            (Some("any"), _) => !c.anomalies.is_empty(),
            (Some(_), Some(f)) => c.anomalies.contains(&f),
            (Some(_), None) => false,
        })
        .collect();
    let (shown, pager) = paged(ctx, &shown, list_page);
    // Daily counts per crossing point: (day, point) → (entries, exits, anomalous).
    let mut daily: BTreeMap<(jiff::civil::Date, String), (u32, u32, u32)> = BTreeMap::new();
    for c in &all {
        let day = c.crossed_at.to_zoned(jiff::tz::TimeZone::UTC).date();
        let row = daily.entry((day, c.crossing_point.to_string())).or_default();
        match c.direction {
            Direction::Entry => row.0 += 1,
            Direction::Exit => row.1 += 1,
        }
        row.2 += u32::from(!c.anomalies.is_empty());
    }
    let body = html! {
        h1 { (title) }
        (json_list_link(ctx, "crossings", None))
        nav.filters aria-label=(ctx.t("crossings-filter")) {
            a href=(Page::Crossings(None).href()) class=[anomaly.is_none().then_some("current")] { (ctx.t("filter-all")) }
            a href=(Page::Crossings(Some("any".into())).href()) class=[(anomaly == Some("any")).then_some("current")] #anomalies-only { (ctx.t("crossings-anomalous")) }
            @for a in Anomaly::ALL {
                a href=(Page::Crossings(Some(a.as_str().into())).href()) class=[(anomaly == Some(a.as_str())).then_some("current")] { (ctx.t(&a.fluent_id())) }
            }
        }
        (crossing_table(ctx, shown))
        (pager)
        h2 { (ctx.t("crossings-daily")) }
        table #daily {
            thead { tr { th { (ctx.t("field-day")) } th { (ctx.t("field-crossing-point")) } th { (ctx.t("direction-entry")) } th { (ctx.t("direction-exit")) } th { (ctx.t("field-anomalies")) } } }
            tbody {
                @for ((day, point), (entries, exits, odd)) in daily.iter().rev() {
                    tr { td { (day) } td { (point_name(ctx, point)) } td { (entries) } td { (exits) } td { (odd) } }
                }
            }
        }
    };
    (title, body)
}

pub fn crossing(ctx: &Ctx, id: &CrossingId) -> Option<(String, Markup)> {
    let c = ctx.state.crossings.get(id)?;
    let title = ctx.ta("crossing-title", &[("id", c.id.to_string())]);
    let body = html! {
        span.caption { (ctx.t("crossing-caption")) }
        h1 { (title) }
        (ledger_ref(ctx, &c.id, &c.history))
        @if c.anomalies.is_empty() {
            p #anomalies { (tag("green", &ctx.t("crossing-no-anomaly"))) }
        } @else {
            div.error-summary #anomalies role="alert" {
                h4 { (ctx.t("crossing-anomalies")) }
                ul { @for a in &c.anomalies { li { (ctx.t(&a.fluent_id())) } } }
            }
        }
        dl.summary {
            dt { (ctx.t("field-document-id")) } dd { @match &c.pass { Some(p) => a href=(Page::Pass(p.clone()).href()) { code { (c.document_id) } }, None => code { (c.document_id) } } }
            dt { (ctx.t("field-crossing-point")) } dd { (point_name(ctx, c.crossing_point.as_str())) }
            dt { (ctx.t("field-direction")) } dd { (ctx.t(&c.direction.fluent_id())) }
            dt { (ctx.t("field-crossed-at")) } dd { (c.crossed_at.strftime("%Y-%m-%d %H:%M:%S UTC")) }
            dt { (ctx.t("field-verdict")) } dd { @match &c.presented.failure { None => (ctx.t("verdict-valid")), Some(f) => { (failure_words(ctx, f.as_str())) " " span.muted { "(" code { (f) } ")" } } } }
            dt { (ctx.t("field-authority")) } dd { (c.presented.issuer) }
        }
        p { a href=(Page::Border.href()) { (ctx.t("crossing-next")) } }
        (history(ctx, &c.history))
    };
    Some((title, body))
}
