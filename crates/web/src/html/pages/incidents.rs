//! The security monitoring pages: the incident dashboard (statistics with
//! period comparison, charts, the map, alerts, filters in the URL), one
//! incident with its reports, versions and duplicate decisions, hand entry,
//! and the reports of militant movement across the border.

use jirga_core::incident::{ALERT_RULES, Incident};
use jirga_core::model::{DuplicateDecision, MovementDirection};
use jirga_core::state::MovementPlace;
use jirga_incidents::stats::{Filter, Group, district_label};

use jirga_incidents::taxonomy::{ACTOR_TYPES, EVENT_TYPES};
use maud::{Markup, html};

use crate::charts;
use crate::html::Page;
use crate::html::layout::{Ctx, Form, choices, tag};
use crate::incidents::{IncidentFilter, matches, month_of, stats_filter};
use jirga_incidents::month::YearMonth;

/// How many incidents a list shows (the newest matching).
const LIST_LIMIT: usize = 50;

/// Events per month over the period chosen (`from`, `to`), or from the first
/// month with incidents to the last; months without any are zeros (a gap in
/// the chart is a quiet month).
fn every_month(by_month: &[jirga_incidents::stats::Tally], from: Option<YearMonth>, to: Option<YearMonth>) -> Vec<(String, u64)> {
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
            div.card { h3 { (ctx.t("incidents-events")) } p.big #total-events { (total.0) } }
            div.card { h3 { (ctx.t("incidents-fatalities")) } p.big #total-fatalities { (total.1) } }
            @if let Some(((from, to, now), (pfrom, pto, before))) = comparison {
                div.card #period-comparison {
                    h3 { (ctx.t("incidents-comparison")) }
                    p { (from) "–" (to) ": " strong { (now.0) } " " (ctx.t("incidents-events-lc")) ", " strong { (now.1) } " " (ctx.t("incidents-fatalities-lc")) }
                    p { (pfrom) "–" (pto) ": " (before.0) " · " (before.1) }
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
        @else { (charts::months(&ctx.t("incidents-by-month"), &every_month(&by_month, filter.from, filter.to))) }
        h2 { (ctx.t("incidents-map")) }
        (charts::map(&ctx.t("incidents-map"), &points))
        p.meta { (ctx.t("incidents-map-note")) }
        h2 { (ctx.t("incidents-by-district")) }
        (charts::bars(&ctx.t("incidents-by-district"), &districts.iter().take(12).map(|t| (t.key.clone(), t.count.events)).collect::<Vec<_>>()))
        h2 { (ctx.t("incidents-by-type")) }
        (charts::bars(&ctx.t("incidents-by-type"), &group(Group::EventType, 6)))
        h2 { (ctx.t("incidents-by-actor")) }
        (charts::bars(&ctx.t("incidents-by-actor"), &group(Group::Actor, 10)))
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

/// Agenda items and claims evidence may be cited on.
fn citable(ctx: &Ctx) -> Vec<(String, String)> {
    let items = ctx.state.agenda_items.values().map(|a| (a.id.to_string(), format!("{} — {}", a.id, a.title)));
    let claims =
        ctx.state.claims.values().map(|c| (c.id.to_string(), format!("{} — {}", c.id, charts::truncate(c.proposition.as_str(), 80))));
    items.chain(claims).collect()
}

fn alert_line(ctx: &Ctx, a: &jirga_core::incident::Alert) -> Markup {
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
                        td { (i.fatalities) }
                    }
                }
            }
        }
    }
}

fn incident_summary(ctx: &Ctx, i: &Incident) -> Markup {
    html! {
        dl.summary {
            dt { (ctx.t("field-event-date")) } dd { (i.event_date.value) " " span.muted { "(" (ctx.t(&format!("time-precision-{}", i.time_precision))) ")" } }
            dt { (ctx.t("field-event-type")) } dd { (i.event_type) " · " (i.sub_event_type) }
            dt { (ctx.t("field-actor1")) } dd { (i.actor1) @if !i.assoc_actor_1.is_empty() { " (" (i.assoc_actor_1) ")" } }
            @if !i.actor2.is_empty() { dt { (ctx.t("field-actor2")) } dd { (i.actor2) @if !i.assoc_actor_2.is_empty() { " (" (i.assoc_actor_2) ")" } } }
            dt { (ctx.t("field-place")) } dd { (i.location) ", " (district_label(&i.admin1, &i.admin2)) ", " (i.country) }
            dt { (ctx.t("field-coordinates")) } dd { (i.latitude.text) ", " (i.longitude.text) " " span.muted { "(" (ctx.t(&format!("geo-precision-{}", i.geo_precision))) ")" } }
            dt { (ctx.t("field-fatalities")) } dd #fatalities { (i.fatalities) }
            dt { (ctx.t("field-incident-source")) } dd { (i.source) }
            @if !i.notes.is_empty() { dt { (ctx.t("field-notes")) } dd { (i.notes) } }
            @if !i.tags.is_empty() { dt { (ctx.t("field-tags")) } dd { (i.tags) } }
        }
    }
}

pub fn one(ctx: &Ctx, id: &str) -> Option<(String, Markup)> {
    let view = ctx.state.incidents.view(id)?;
    let i = view.incident;
    let title = ctx.ta("incident-title", &[("id", id.to_owned())]);
    let report = Form::new(ctx, "add_incident_report", id);
    let cite = Form::new(ctx, "cite_evidence", id);
    let movements: Vec<_> = ctx.state.movements.values().filter(|m| m.incidents.iter().any(|x| x.as_str() == id)).collect();
    let citations: Vec<_> = ctx.state.citations.values().filter(|c| c.incidents.iter().any(|x| x.as_str() == id)).collect();
    let body = html! {
        span.caption { (ctx.t("incident-caption")) }
        h1 { (title) }
        p.meta { (ctx.ta("incident-recorded", &[("source", view.recorded.source.clone()), ("format", view.recorded.format.to_string()),
            ("who", view.recorded.actor.name.clone()), ("at", view.recorded.at.strftime("%Y-%m-%d %H:%M UTC").to_string())])) " "
            a href=(Page::Proof(view.recorded.seq).href()) { "#" (view.recorded.seq) } }
        @if let Some(into) = view.merged_into {
            p #merged { (tag("grey", &ctx.t("incident-merged"))) " " a href=(Page::Incident(into.to_owned()).href()) { (into) } }
        }
        (incident_summary(ctx, i))
        @if !view.candidates.is_empty() {
            section #candidates {
                h2 { (ctx.t("incident-candidates")) }
                p.meta { (ctx.t("incident-candidates-rule")) }
                @for other in &view.candidates {
                    div.card {
                        h3 { a href=(Page::Incident(other.event_id_cnty.to_string()).href()) { (other.event_id_cnty) } }
                        (incident_summary(ctx, other))
                        @for decision in DuplicateDecision::ALL {
                            @let form = Form::new(ctx, "resolve_duplicate", format!("{}-{}", other.event_id_cnty, decision.as_str()));
                            (form.render(&ctx.t(&decision.fluent_id()), &ctx.t(&format!("{}-submit", decision.fluent_id())), html! {
                                (form.hidden("incident", id))
                                (form.hidden("duplicate_of", &other.event_id_cnty))
                                (form.hidden("decision", decision.as_str()))
                                (form.text("note", &ctx.t("field-note"), ""))
                            }))
                        }
                    }
                }
            }
        }
        @if !view.decisions.is_empty() {
            h2 { (ctx.t("incident-decisions")) }
            ul #decisions {
                @for d in &view.decisions {
                    li { (ctx.t(&d.decision.fluent_id())) ": " (d.incident) " → " (d.other) " — " (d.actor.name) ", " (d.at.strftime("%Y-%m-%d %H:%M UTC"))
                        " " a href=(Page::Proof(d.seq).href()) { "#" (d.seq) }
                        @if let Some(n) = &d.note { " — " (n) } }
                }
            }
        }
        h2 { (ctx.t("incident-reports")) }
        @if view.reports.is_empty() { p.meta { (ctx.t("incident-no-reports")) } }
        @for r in view.reports {
            blockquote.note.report {
                p { (r.excerpt) }
                footer.meta { (r.publisher) ", " (r.published_on)
                    @if let Some(url) = &r.url { " · " a href=(url) rel="noreferrer" { (url) } }
                    " · " (ctx.ta("incident-report-added", &[("who", r.actor.name.clone())])) " " a href=(Page::Proof(r.seq).href()) { "#" (r.seq) } }
            }
        }
        (report.render(&ctx.t("incident-add-report"), &ctx.t("incident-add-report-submit"), html! {
            (report.hidden("incident", id))
            (report.text("publisher", &ctx.t("field-publisher"), ""))
            (report.date("published_on", &ctx.t("field-published-on"), ""))
            (report.text("url", &ctx.t("field-url"), ""))
            (report.textarea("excerpt", &ctx.t("field-excerpt"), ""))
        }))
        @if !view.amendments.is_empty() {
            h2 { (ctx.t("incident-versions")) }
            @for a in view.amendments.iter().rev() {
                details.version {
                    summary { (ctx.ta("incident-replaced", &[("who", a.actor.name.clone()), ("at", a.at.strftime("%Y-%m-%d %H:%M UTC").to_string()), ("reason", a.reason.clone())])) }
                    (incident_summary(ctx, &a.before))
                }
            }
        }
        @if !movements.is_empty() {
            h2 { (ctx.t("movements-title")) }
            ul { @for m in &movements { li { (m.observed_on) " — " (m.group) ": " (m.description) } } }
        }
        @if !citations.is_empty() {
            h2 { (ctx.t("incident-cited")) }
            ul { @for c in &citations { li { (record_title(ctx, c.record.as_str())) ": " (c.note) " " span.muted { "(" (c.record) ")" } } } }
        }
        (cite.render(&ctx.t("cite-incident"), &ctx.t("cite-submit"), html! {
            (cite.hidden("incidents[]", id))
            (cite.select("record", &ctx.t("field-cite-on"), &citable(ctx), ""))
            (cite.textarea("note", &ctx.t("field-note"), ""))
        }))
        (incident_fields_form(ctx, "amend_incident", id, Some(i)))
    };
    Some((title, body))
}

/// The form of one incident's ACLED fields: hand entry (`record_incidents`),
/// or a new version of an existing incident (`amend_incident`).
fn incident_fields_form(ctx: &Ctx, command: &'static str, instance: &str, current: Option<&Incident>) -> Markup {
    let form = Form::new(ctx, command, instance);
    let v = |f: fn(&Incident) -> String, default: &str| current.map_or_else(|| default.to_owned(), f);
    let sub_events: Vec<(String, String)> =
        EVENT_TYPES.iter().flat_map(|(t, subs)| subs.iter().map(move |s| (format!("{t}|{s}"), format!("{t}: {s}")))).collect();
    let actor_types: Vec<(String, String)> =
        ACTOR_TYPES.iter().map(|(code, name)| (code.to_string(), format!("{code} — {name}"))).collect();
    let precision = |p: &str| -> Vec<(String, String)> { (1..=3).map(|k| (k.to_string(), ctx.t(&format!("{p}-{k}")))).collect() };
    let provinces: Vec<(String, String)> = [
        "Khyber Pakhtunkhwa",
        "Balochistan",
        "Punjab",
        "Sindh",
        "Islamabad Capital Territory",
        "Gilgit-Baltistan",
        "Azad Jammu and Kashmir",
    ]
    .iter()
    .map(|p| (p.to_string(), p.to_string()))
    .collect();
    let (heading, submit) = match command {
        "amend_incident" => (ctx.t("incident-amend"), ctx.t("incident-amend-submit")),
        _ => (ctx.t("incident-new-title"), ctx.t("incident-new-submit")),
    };
    let id_default = current.map_or_else(|| ctx.state.incidents.next_hand_id(), |i| i.event_id_cnty.to_string());
    form.render(&heading, &submit, html! {
        @if command == "amend_incident" {
            (form.hidden("incident", instance))
            (form.hidden("incident_row.event_id_cnty", &id_default))
        } @else {
            (form.hidden("source", "Hand entry"))
            (form.hidden("format", "form"))
            (form.text("incident_row.event_id_cnty", &ctx.t("field-event-id"), &id_default))
        }
        (form.date("incident_row.event_date", &ctx.t("field-event-date"), &v(|i| i.event_date.value.to_string(), "")))
        (form.select("incident_row.time_precision", &ctx.t("field-time-precision"), &precision("time-precision"), &v(|i| i.time_precision.to_string(), "1")))
        (form.select("incident_row.sub_event", &ctx.t("field-sub-event-type"), &sub_events, &v(|i| format!("{}|{}", i.event_type, i.sub_event_type), "")))
        (form.text("incident_row.actor1", &ctx.t("field-actor1"), &v(|i| i.actor1.to_string(), "")))
        (form.select("incident_row.inter1", &ctx.t("field-inter1"), &actor_types, &v(|i| i.inter1.value.to_string(), "")))
        (form.text("incident_row.actor2", &ctx.t("field-actor2"), &v(|i| i.actor2.to_string(), "")))
        (form.select("incident_row.inter2", &ctx.t("field-inter2"), &actor_types, &v(|i| i.inter2.value.map(|c| c.to_string()).unwrap_or_default(), "")))
        (form.checkbox("incident_row.civilian_targeting", &ctx.t("field-civilian-targeting"), current.is_some_and(|i| !i.civilian_targeting.is_empty())))
        (form.select("incident_row.admin1", &ctx.t("field-admin1"), &provinces, &v(|i| i.admin1.to_string(), "Khyber Pakhtunkhwa")))
        (form.text("incident_row.admin2", &ctx.t("field-admin2"), &v(|i| i.admin2.to_string(), "")))
        (form.text("incident_row.location", &ctx.t("field-location"), &v(|i| i.location.to_string(), "")))
        (form.text("incident_row.latitude", &ctx.t("field-latitude"), &v(|i| i.latitude.text.to_string(), "")))
        (form.text("incident_row.longitude", &ctx.t("field-longitude"), &v(|i| i.longitude.text.to_string(), "")))
        (form.select("incident_row.geo_precision", &ctx.t("field-geo-precision"), &precision("geo-precision"), &v(|i| i.geo_precision.to_string(), "1")))
        (form.number("incident_row.fatalities", &ctx.t("field-fatalities"), &v(|i| i.fatalities.to_string(), "0")))
        (form.text("incident_row.source", &ctx.t("field-incident-source"), &v(|i| i.source.to_string(), "")))
        (form.textarea("incident_row.notes", &ctx.t("field-notes"), &v(|i| i.notes.to_string(), "")))
        @if command == "amend_incident" {
            (form.text("reason", &ctx.t("field-reason"), ""))
        } @else {
            h4 { (ctx.t("incident-first-report")) }
            (form.text("report.publisher", &ctx.t("field-publisher"), ""))
            (form.date("report.published_on", &ctx.t("field-published-on"), ""))
            (form.text("report.url", &ctx.t("field-url"), ""))
            (form.textarea("report.excerpt", &ctx.t("field-excerpt"), ""))
        }
    })
}

pub fn new(ctx: &Ctx) -> (String, Markup) {
    let title = ctx.t("incident-new-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("incident-new-lead")) }
        (incident_fields_form(ctx, "record_incidents", "new", None))
    };
    (title, body)
}

pub fn alerts(ctx: &Ctx) -> (String, Markup) {
    let title = ctx.t("alerts-title");
    let alerts = ctx.state.incidents.alerts();
    let body = html! {
        h1 { (title) }
        ul { @for rule in ALERT_RULES { li { (ctx.ta(&format!("alert-rule-{}-text", rule.code.replace('_', "-")), &[("count", rule.at_least.to_string()), ("days", rule.within_days.to_string())])) } } }
        p.meta { (ctx.t("alerts-webhook")) }
        @if alerts.is_empty() { p { (ctx.t("alerts-none")) } }
        table #alert-list {
            thead { tr { th { (ctx.t("history-seq")) } th { (ctx.t("alerts-raised")) } th { (ctx.t("alerts-what")) } } }
            tbody {
                @for a in alerts.iter().rev() {
                    tr { td { a href=(Page::Proof(a.seq).href()) { "#" (a.seq) } } td { (a.at.strftime("%Y-%m-%d %H:%M UTC")) } td { (alert_line(ctx, &a.alert)) } }
                }
            }
        }
    };
    (title, body)
}

pub fn movements(ctx: &Ctx) -> (String, Markup) {
    let title = ctx.t("movements-title");
    let form = Form::new(ctx, "report_movement", "new");
    let points: Vec<(String, String)> = ctx.state.crossing_points.values().map(|p| (p.code.to_string(), p.name.to_string())).collect();
    let body = html! {
        h1 { (title) }
        p { (ctx.t("movements-lead")) }
        table #movement-list {
            thead { tr { th { (ctx.t("field-observed-on")) } th { (ctx.t("field-where")) } th { (ctx.t("field-direction")) } th { (ctx.t("field-group")) } th { (ctx.t("field-people")) } th { (ctx.t("field-description")) } th { (ctx.t("field-linked-incidents")) } } }
            tbody {
                @for m in ctx.state.movements.values().rev() {
                    tr {
                        td { (m.observed_on) }
                        td {
                            @match m.place() {
                                Some(MovementPlace::CrossingPoint { code, stretch }) => {
                                    (ctx.state.crossing_point_name(code.as_str())) @if let Some(s) = stretch { " (" (s) ")" }
                                }
                                Some(MovementPlace::BorderStretch(s)) => (s),
                                None => "—",
                            }
                        }
                        td { (ctx.t(&m.direction.fluent_id())) }
                        td { (m.group) }
                        td { @if let Some(n) = m.people { (n) } }
                        td { (m.description) br; span.meta { (m.source.publisher) ", " (m.source.title) } }
                        td { @for (k, i) in m.incidents.iter().enumerate() { @if k > 0 { ", " } a href=(Page::Incident(i.to_string()).href()) { (i) } } }
                    }
                }
            }
        }
        (form.render(&ctx.t("movements-add"), &ctx.t("movements-add-submit"), html! {
            (form.select("crossing_point", &ctx.t("field-crossing-point"), &points, ""))
            (form.text("border_stretch", &ctx.t("field-border-stretch"), ""))
            (form.date("observed_on", &ctx.t("field-observed-on"), ""))
            (form.select("direction", &ctx.t("field-direction"), &choices(ctx, MovementDirection::ALL, |d| d.as_str(), |d| d.fluent_id()), "into_pakistan"))
            (form.text("group", &ctx.t("field-group"), ""))
            (form.number("people:n", &ctx.t("field-people"), ""))
            (form.textarea("description", &ctx.t("field-description"), ""))
            (form.text("source.publisher", &ctx.t("field-publisher"), ""))
            (form.text("source.title", &ctx.t("field-source-title"), ""))
            (form.date("source.published_on", &ctx.t("field-published-on"), ""))
            (form.text("incidents[]", &ctx.t("field-linked-incidents"), ""))
        }))
    };
    (title, body)
}

/// The incidents and statistics cited on an agenda item or a claim.
pub fn evidence(ctx: &Ctx, record: &str) -> Markup {
    let cited: Vec<_> = ctx.state.citations.values().filter(|c| c.record.as_str() == record).collect();
    html! {
        @if !cited.is_empty() {
            div.evidence {
                strong { (ctx.t("evidence-title")) }
                ul {
                    @for c in &cited {
                        li {
                            (c.note)
                            @for i in &c.incidents { " " a href=(Page::Incident(i.to_string()).href()) { (i) } }
                            @if let Some(view) = c.statistic.as_ref().filter(|v| v.as_str().starts_with("/incidents")) { " " a href=(view.as_str()) { (ctx.t("evidence-statistic")) } }
                        }
                    }
                }
            }
        }
    }
}

/// What a record cited as evidence is called (an agenda item's or a claim's
/// own words), its id when it is neither.
fn record_title(ctx: &Ctx, id: &str) -> String {
    let s = ctx.state;
    let agenda = id.parse::<jirga_core::ids::AgendaItemId>().ok().and_then(|a| s.agenda_items.get(&a).map(|i| i.title.to_string()));
    let claim = || id.parse::<jirga_core::ids::ClaimId>().ok().and_then(|c| s.claims.get(&c).map(|c| c.proposition.to_string()));
    agenda.or_else(claim).unwrap_or_else(|| id.to_owned())
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
