//! The incident dashboard: statistics with the period compared, charts, the
//! map, the latest alerts, filters in the URL, and the list of incidents.

use crate::charts;
use crate::html::Page;
use crate::html::layout::{Ctx, Form};
use crate::incidents::{IncidentFilter, matches, month_of, stats_filter};
use jirga_core::incident::Incident;
use jirga_incidents::month::YearMonth;
use jirga_incidents::stats::{Filter, Group, district_label};
use jirga_incidents::taxonomy::EVENT_TYPES;
use maud::{Markup, html};

use super::*;

/// How many incidents a list shows (the newest matching).
const LIST_LIMIT: usize = 50;

/// Events per month over the period chosen (`from`, `to`), or from the first
/// month with incidents to the last; months without any are zeros (a gap in
/// the chart is a quiet month).
pub(crate) fn every_month(
    by_month: &[jirga_incidents::stats::Tally],
    from: Option<YearMonth>,
    to: Option<YearMonth>,
) -> Vec<(String, u64)> {
    let counts: std::collections::HashMap<&str, u64> = by_month.iter().map(|t| (t.key.as_str(), t.count.events)).collect();
    let first = from.or_else(|| by_month.first().and_then(|t| month_of(&t.key)));
    let last = to.or_else(|| by_month.last().and_then(|t| month_of(&t.key)));
    let (Some(first), Some(last)) = (first, last) else {
        return vec![];
    };
    // A period of centuries is not drawn month by month.
    if first.months_until(last) > 200 * 12 {
        return by_month.iter().map(|t| (t.key.clone(), t.count.events)).collect();
    }
    let mut out = Vec::new();
    let mut m = first;
    while m <= last {
        let key = m.to_string();
        out.push((key.clone(), counts.get(key.as_str()).copied().unwrap_or(0)));
        m = m.plus(1);
    }
    out
}

fn change_percent(now: u64, before: u64) -> String {
    if before == 0 {
        return "—".into();
    }
    let p = (now as f64 - before as f64) / before as f64 * 100.0;
    format!("{p:+.0} %")
}

pub fn dashboard(ctx: &Ctx, f: &IncidentFilter) -> (String, Markup) {
    let title = ctx.t("incidents-title");
    let register = &ctx.state.incidents;
    let columns = register.columns();
    let filter = stats_filter(&ctx.state.incidents, f);
    let by_month = columns.tally(&filter, Group::Month);
    let total = by_month.iter().fold((0, 0), |(e, k), t| (e + t.count.events, k + t.count.fatalities));
    let group = |g: Group, n: usize| -> Vec<(String, u64)> {
        columns.tally(&filter, g).into_iter().take(n).map(|t| (t.key, t.count.events)).collect()
    };
    let districts = columns.tally(&filter, Group::District);
    // The period and the one before it, when a period is chosen; else the last
    // twelve months of the data against the twelve before.
    let last_month = by_month.last().and_then(|t| month_of(&t.key));
    let period = match (filter.from, filter.to, last_month) {
        (Some(from), Some(to), _) => Some((from, to)),
        (_, _, Some(last)) => Some((YearMonth::previous_period(last, last.plus(10)).0, last)),
        _ => None,
    };
    let comparison = period.map(|(from, to)| {
        let (pfrom, pto) = YearMonth::previous_period(from, to);
        let sum = |from, to| {
            columns
                .tally(&Filter { from: Some(from), to: Some(to), ..filter }, Group::Month)
                .iter()
                .fold((0, 0), |(e, k), t| (e + t.count.events, k + t.count.fatalities))
        };
        ((from, to, sum(from, to)), (pfrom, pto, sum(pfrom, pto)))
    });
    // No period chosen, and the data's last twelve months hold almost nothing
    // (a few hand entries after an export that ended years before): say so,
    // and offer the twelve months to where the register's bulk ends — the
    // last month with at least a quarter of the average month's incidents.
    let bulk_ends = match (f.from.as_deref(), f.to.as_deref(), &comparison) {
        (None, None, Some(((_, _, now), _))) if !by_month.is_empty() => {
            let months = by_month.len() as u64;
            let busy = (total.0 / months / 4).max(2);
            let average_year = total.0 * 12 / months;
            let last = by_month.last().and_then(|t| month_of(&t.key));
            (now.0 * 10 < average_year)
                .then(|| by_month.iter().rev().find(|t| t.count.events >= busy).and_then(|t| month_of(&t.key)))
                .flatten()
                .filter(|end| Some(*end) != last)
        }
        _ => None,
    };
    let points: Vec<charts::Point> = {
        let counts: std::collections::HashMap<String, (u64, u64)> =
            districts.iter().map(|t| (t.key.clone(), (t.count.events, t.count.fatalities))).collect();
        columns
            .places()
            .filter_map(|(_, (a1, a2), at)| {
                let label = district_label(a1, a2);
                let (events, fatalities) = *counts.get(&label)?;
                let (lat, lon) = at?;
                let href = Page::Incidents(IncidentFilter { district: Some(format!("{a1}|{a2}")), ..f.clone() }).href();
                Some(charts::Point { name: a2, lat, lon, events, fatalities, href })
            })
            .collect()
    };
    let mut listed: Vec<&Incident> = register.iter().filter(|i| !register.is_merged(&i.event_id_cnty) && matches(f, i)).collect();
    let shown = listed.len();
    let newest_first =
        |a: &&Incident, b: &&Incident| b.event_date.value.cmp(&a.event_date.value).then_with(|| b.event_id_cnty.cmp(&a.event_id_cnty));
    // The newest fifty of possibly a million, without sorting them all.
    if listed.len() > LIST_LIMIT {
        listed.select_nth_unstable_by(LIST_LIMIT, newest_first);
        listed.truncate(LIST_LIMIT);
    }
    listed.sort_by(newest_first);
    let alerts: Vec<_> = register.alerts().iter().rev().take(5).collect();
    let open = register.open_candidates();
    let cite = Form::new(ctx, "cite_evidence", "statistic");
    // The charts read as the reader reads: right to left, in their digits.
    let number = |n: u64| ctx.number(n);
    let reading = charts::Reading { rtl: ctx.l.dir == "rtl", number: &number };
    let body = html! {
        h1 { (title) }
        p.meta #incidents-source { (ctx.t("incidents-source")) }
        p {
            a.button href=(Page::IncidentNew.href()) { (ctx.t("incidents-record")) } " "
            a href=(Page::Alerts.href()) { (ctx.t("alerts-title")) } " · "
            a href=(Page::Movements.href()) { (ctx.t("movements-title")) }
        }
        (filter_form(ctx, f))
        div.grid #incident-totals {
            div.card { h3 { (ctx.t("incidents-events")) } p.big #total-events { (ctx.number(total.0)) } }
            div.card { h3 { (ctx.t("incidents-fatalities")) } p.big #total-fatalities { (ctx.number(total.1)) } }
            @if let Some(((from, to, now), (pfrom, pto, before))) = comparison {
                div.card #period-comparison {
                    h3 { (ctx.t("incidents-comparison")) }
                    p { (from) "–" (to) ": " strong { (ctx.number(now.0)) } " " (ctx.t("incidents-events-lc")) ", " strong { (ctx.number(now.1)) } " " (ctx.t("incidents-fatalities-lc")) }
                    p { (pfrom) "–" (pto) ": " (ctx.number(before.0)) " · " (ctx.number(before.1)) }
                    p { (ctx.t("incidents-change")) " " strong { (change_percent(now.0, before.0)) } " · " (change_percent(now.1, before.1)) }
                    @if let Some(end) = bulk_ends {
                        @let bulk = IncidentFilter { from: Some(end.plus(-11).to_string()), to: Some(end.to_string()), ..f.clone() };
                        p.warning #period-quiet {
                            (ctx.ta("incidents-period-quiet", &[("month", end.to_string())])) " "
                            a href=(Page::Incidents(bulk).href()) { (ctx.ta("incidents-period-quiet-link", &[("month", end.to_string())])) }
                        }
                    }
                }
            }
        }
        @if !alerts.is_empty() {
            div.error-summary #alerts role="alert" {
                h4 { (ctx.t("alerts-latest")) }
                ul { @for a in &alerts { li { (alert_line(ctx, &a.alert)) } } }
            }
        }
        h2 { (ctx.t("incidents-by-month")) }
        @if by_month.is_empty() { p.meta { (ctx.t("incidents-none")) } }
        @else { (charts::months(&ctx.t("incidents-by-month"), &every_month(&by_month, filter.from, filter.to), &reading)) }
        h2 { (ctx.t("incidents-map")) }
        (charts::map(&ctx.t("incidents-map"), &points))
        p.meta { (ctx.t("incidents-map-note")) }
        h2 { (ctx.t("incidents-by-district")) }
        (charts::bars(&ctx.t("incidents-by-district"), &districts.iter().take(12).map(|t| (t.key.clone(), t.count.events)).collect::<Vec<_>>(), &reading))
        h2 { (ctx.t("incidents-by-type")) }
        (charts::bars(&ctx.t("incidents-by-type"), &group(Group::EventType, 6), &reading))
        h2 { (ctx.t("incidents-by-actor")) }
        (charts::bars(&ctx.t("incidents-by-actor"), &group(Group::Actor, 10), &reading))
        (cite.render(&ctx.t("cite-statistic"), &ctx.t("cite-submit"), html! {
            (cite.hidden("statistic", &Page::Incidents(f.clone()).href()))
            (cite.select("record", &ctx.t("field-cite-on"), &citable(ctx), ""))
            (cite.textarea("note", &ctx.t("field-note"), ""))
        }))
        @if !open.is_empty() {
            h2 #open-candidates { (ctx.t("incidents-open-candidates")) }
            ul { @for (new, olds) in &open { li { a href=(Page::Incident(new.event_id_cnty.to_string()).href()) { (new.event_id_cnty) } " — " (olds.len()) " " (ctx.t("incidents-candidates-lc")) } } }
        }
        @let tolerance = register.tolerance();
        p.meta #tolerance { (ctx.ta("tolerance-now", &[("days", tolerance.days.to_string()), ("km", tolerance.km.to_string())])) }
        @let form = Form::new(ctx, "set_duplicate_tolerance", "register");
        (form.render(&ctx.t("tolerance-title"), &ctx.t("tolerance-submit"), html! {
            (form.number("days:n", &ctx.t("field-days"), &tolerance.days.to_string()))
            (form.number("km:n", &ctx.t("field-km"), &tolerance.km.to_string()))
            (form.text("reason", &ctx.t("field-reason"), ""))
        }))
        h2 { (ctx.ta("incidents-list", &[("shown", listed.len().to_string()), ("matching", shown.to_string())])) }
        (incident_table(ctx, &listed))
    };
    (title, body)
}

fn filter_form(ctx: &Ctx, f: &IncidentFilter) -> Markup {
    let columns = ctx.state.incidents.columns();
    let mut districts: Vec<(String, String)> =
        columns.places().map(|(_, (a1, a2), _)| (format!("{a1}|{a2}"), district_label(a1, a2))).collect();
    districts.sort_by(|a, b| a.1.cmp(&b.1));
    let chosen = |v: &Option<String>| v.clone().unwrap_or_default();
    html! {
        form.filters-form method="get" action="/incidents" #incident-filters {
            div.field { label for="f-from" { (ctx.t("filter-from-month")) } input type="month" id="f-from" name="from" value=(chosen(&f.from)) placeholder="2024-07"; }
            div.field { label for="f-to" { (ctx.t("filter-to-month")) } input type="month" id="f-to" name="to" value=(chosen(&f.to)) placeholder="2024-12"; }
            div.field { label for="f-district" { (ctx.t("field-district")) }
                select id="f-district" name="district" {
                    option value="" { (ctx.t("filter-all")) }
                    @for (v, label) in &districts { option value=(v) selected[Some(v) == f.district.as_ref()] { (label) } }
                }
            }
            div.field { label for="f-type" { (ctx.t("field-event-type")) }
                select id="f-type" name="event_type" {
                    option value="" { (ctx.t("filter-all")) }
                    @for (t, _) in EVENT_TYPES { option value=(t) selected[Some(*t) == f.event_type.as_deref()] { (t) } }
                }
            }
            div.field { label for="f-actor" { (ctx.t("field-actor1")) } input type="text" id="f-actor" name="actor" value=(chosen(&f.actor)); }
            button.button type="submit" { (ctx.t("filter-apply")) }
            " " a href=(Page::Incidents(IncidentFilter::default()).href()) { (ctx.t("filter-clear")) }
        }
    }
}

fn incident_table(ctx: &Ctx, rows: &[&Incident]) -> Markup {
    html! {
        table #incident-list {
            thead { tr { th { (ctx.t("field-event-date")) } th { (ctx.t("field-event-id")) } th { (ctx.t("field-sub-event-type")) } th { (ctx.t("field-district")) } th { (ctx.t("field-actor1")) } th { (ctx.t("field-fatalities")) } } }
            tbody {
                @for i in rows {
                    tr {
                        td { (i.event_date.value) }
                        td { a href=(Page::Incident(i.event_id_cnty.to_string()).href()) { (i.event_id_cnty) } }
                        td { (i.sub_event_type) }
                        td { (district_label(&i.admin1, &i.admin2)) }
                        td { (i.actor1) }
                        td { (ctx.number(i.fatalities)) }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jirga_incidents::stats::{Count, Tally};

    #[test]
    fn a_quiet_month_is_a_zero_not_a_gap() {
        let t = |key: &str| Tally { key: key.into(), count: Count { events: 2, fatalities: 1 } };
        let months = every_month(&[t("1989-11"), t("1990-02")], None, None);
        assert_eq!(months, [("1989-11".into(), 2), ("1989-12".into(), 0), ("1990-01".into(), 0), ("1990-02".into(), 2)]);
        assert_eq!(every_month(&[t("1989-01"), t("2025-03")], None, None).len(), 435);
        // The period chosen, quiet months at either end included.
        let months = every_month(&[t("2025-02")], "2025-01".parse().ok(), "2025-03".parse().ok());
        assert_eq!(months, [("2025-01".into(), 0), ("2025-02".into(), 2), ("2025-03".into(), 0)]);
        assert!(every_month(&[], "2025-04".parse().ok(), "2025-03".parse().ok()).is_empty(), "an empty period draws nothing");
    }
}
