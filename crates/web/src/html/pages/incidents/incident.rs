//! One incident (its reports, versions and duplicate decisions) and the
//! hand-entry form.

use crate::html::Page;
use crate::html::layout::{Ctx, Form, tag};
use jirga_core::incident::Incident;
use jirga_core::model::DuplicateDecision;
use jirga_incidents::stats::district_label;
use jirga_incidents::taxonomy::{ACTOR_TYPES, EVENT_TYPES};
use maud::{Markup, html};

use super::*;

fn incident_summary(ctx: &Ctx, i: &Incident) -> Markup {
    html! {
        dl.summary {
            dt { (ctx.t("field-event-date")) } dd { (i.event_date.value) " " span.muted { "(" (ctx.t(&format!("time-precision-{}", i.time_precision))) ")" } }
            dt { (ctx.t("field-event-type")) } dd { (i.event_type) " · " (i.sub_event_type) }
            dt { (ctx.t("field-actor1")) } dd { (i.actor1) @if !i.assoc_actor_1.is_empty() { " (" (i.assoc_actor_1) ")" } }
            @if !i.actor2.is_empty() { dt { (ctx.t("field-actor2")) } dd { (i.actor2) @if !i.assoc_actor_2.is_empty() { " (" (i.assoc_actor_2) ")" } } }
            dt { (ctx.t("field-place")) } dd { (i.location) ", " (district_label(&i.admin1, &i.admin2)) ", " (i.country) }
            dt { (ctx.t("field-coordinates")) } dd { (i.latitude.text) ", " (i.longitude.text) " " span.muted { "(" (ctx.t(&format!("geo-precision-{}", i.geo_precision))) ")" } }
            dt { (ctx.t("field-fatalities")) } dd #fatalities { (ctx.number(i.fatalities)) }
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

/// What a record cited as evidence is called (an agenda item's or a claim's
/// own words), its id when it is neither.
fn record_title(ctx: &Ctx, id: &str) -> String {
    let s = ctx.state;
    let agenda = id.parse::<jirga_core::ids::AgendaItemId>().ok().and_then(|a| s.agenda_items.get(&a).map(|i| i.title.to_string()));
    let claim = || id.parse::<jirga_core::ids::ClaimId>().ok().and_then(|c| s.claims.get(&c).map(|c| c.proposition.to_string()));
    agenda.or_else(claim).unwrap_or_else(|| id.to_owned())
}
