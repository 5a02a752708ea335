//! Registers: initiatives, parties and people, and the event log.

use jirga_core::EventRecord;
use jirga_core::model::{PartyKind, Topic};
use jirga_core::state::RecordRef;
use maud::{Markup, html};

use crate::html::Page;
use crate::html::layout::{Ctx, Form, choices, party_options, people_options, tag, topic_options};

pub fn initiatives(ctx: &Ctx) -> (String, Markup) {
    let title = ctx.t("initiatives-title");
    let launch = Form::new(ctx, "launch_initiative", "new");
    let kind_opts = |kind: PartyKind| -> Vec<(String, String)> {
        ctx.state.parties.values().filter(|p| p.kind == kind).map(|p| (p.id.to_string(), p.name.to_string())).collect()
    };
    let body = html! {
        h1 { (title) }
        table {
            thead { tr { th { (ctx.t("field-title")) } th { (ctx.t("field-counterpart")) } th { (ctx.t("field-focal-person")) } } }
            tbody {
                @for ini in ctx.state.initiatives.values() {
                    tr {
                        td { a href=(Page::Dashboard(ini.id.clone()).href()) { (ini.title) } }
                        td { bdi { (ctx.party(&ini.counterpart)) } }
                        td { bdi { (ctx.person(&ini.focal_person)) } }
                    }
                }
            }
        }
        @if ctx.state.initiatives.is_empty() && !(ctx.state.meetings.is_empty() && ctx.state.commitments.is_empty()) {
            section #shared {
                h2 { (ctx.t("shared-title")) }
                p { (ctx.t("shared-intro")) }
                ul {
                    @for m in ctx.state.meetings.values() {
                        li { a href=(Page::Meeting(m.id.clone()).href()) { (ctx.ta("shared-meeting", &[("place", m.place.to_string()), ("date", ctx.day(m.held_on))])) } }
                    }
                    @for c in ctx.state.commitments.values() {
                        li { a href=(Page::Commitment(c.id.clone()).href()) { bdi { (c.text) } } " " (tag(c.status.as_str(), &ctx.t(&c.status.fluent_id()))) }
                    }
                }
            }
        }
        (launch.render(&ctx.t("initiative-launch"), &ctx.t("initiative-launch-submit"), html! {
            (launch.text("title", &ctx.t("field-title"), ""))
            (launch.select("province", &ctx.t("field-province"), &kind_opts(PartyKind::ProvincialGovernment), ""))
            (launch.select("federal", &ctx.t("field-federal"), &kind_opts(PartyKind::FederalGovernment), ""))
            (launch.select("counterpart", &ctx.t("field-counterpart"), &kind_opts(PartyKind::CounterpartGovernment), ""))
            (launch.checkboxes("topics", &ctx.t("field-topics"), &topic_options(ctx, Topic::ALL), &[]))
            (launch.select("focal_person", &ctx.t("field-focal-person"), &people_options(ctx), ""))
            (launch.date("launched_on", &ctx.t("field-launched-on"), &ctx.today.to_string()))
            (launch.checkbox("groundwork_first", &ctx.t("field-groundwork-first"), true))
        }))
    };
    (title, body)
}

pub fn registers(ctx: &Ctx) -> (String, Markup) {
    let title = ctx.t("registers-title");
    let party = Form::new(ctx, "register_party", "new");
    let person = Form::new(ctx, "register_person", "new");
    let body = html! {
        h1 { (title) }
        h2 { (ctx.t("parties-title")) }
        table {
            thead { tr { th { (ctx.t("field-id")) } th { (ctx.t("field-name")) } th { (ctx.t("field-kind")) } } }
            tbody {
                @for p in ctx.state.parties.values() {
                    tr id=(p.id) {
                        td { (p.id) }
                        // The short name in brackets, unless the name already ends with it ("… (Kabul)").
                        td { (p.name) @if let Some(s) = p.short_name.as_ref().filter(|s| !p.name.as_str().ends_with(&format!("({s})"))) { " (" (s) ")" }
                            @if let Some(w) = &p.within { " " span.muted { (ctx.ta("party-within", &[("party", ctx.party(w))])) } } }
                        td { (ctx.t(&p.kind.fluent_id())) }
                    }
                }
            }
        }
        (party.render(&ctx.t("party-register"), &ctx.t("party-register-submit"), html! {
            (party.text("name", &ctx.t("field-name"), ""))
            (party.text("short_name", &ctx.t("field-short-name"), ""))
            (party.select("kind", &ctx.t("field-kind"), &choices(ctx, PartyKind::ALL, PartyKind::as_str, PartyKind::fluent_id), ""))
        }))
        h2 { (ctx.t("people-title")) }
        table {
            thead { tr { th { (ctx.t("field-id")) } th { (ctx.t("field-name-latin")) } th { (ctx.t("field-name-arabic")) } th { (ctx.t("field-person-title")) } th { (ctx.t("field-organization")) } } }
            tbody {
                @for p in ctx.state.people.values() {
                    tr id=(p.id) {
                        td { (p.id) }
                        td { (p.name_latin) }
                        td { @if let Some(a) = &p.name_arabic { bdi lang="ur" dir="rtl" { (a) } } }
                        td { @if let Some(t) = &p.title { (t) } }
                        td { @if let Some(o) = &p.party { bdi { (ctx.party(o)) } } }
                    }
                }
            }
        }
        (person.render(&ctx.t("person-register"), &ctx.t("person-register-submit"), html! {
            (person.text("name_latin", &ctx.t("field-name-latin"), ""))
            (person.text("name_arabic", &ctx.t("field-name-arabic"), ""))
            (person.text("title", &ctx.t("field-person-title"), ""))
            (person.select("party", &ctx.t("field-organization"), &party_options(ctx), ""))
        }))
    };
    (title, body)
}

pub fn events(ctx: &Ctx, events: &[EventRecord], focus: Option<u64>) -> (String, Markup) {
    let title = ctx.t("events-title");
    let first = events.first().map(|e| e.seq).unwrap_or(0);
    let body = html! {
        h1 { (title) }
        p { (ctx.t("events-intro")) }
        p {
            @if first > 0 { a href=(Page::Events(Some(first.saturating_sub(175))).href()) { (ctx.t("events-earlier")) } " " }
            @if events.len() == 200 { a href=(Page::Events(Some(first + 225)).href()) { (ctx.t("events-later")) } }
        }
        table {
            thead { tr { th { (ctx.t("history-seq")) } th { (ctx.t("history-when")) } th { (ctx.t("history-who")) } th { (ctx.t("history-what")) } th { (ctx.t("events-created")) } } }
            tbody {
                @for e in events {
                    tr id={"e" (e.seq)} class=[(Some(e.seq) == focus).then_some("focus")] {
                        td { a href=(Page::Event(e.seq).href()) { "#" (e.seq) } }
                        td { (e.at.strftime("%Y-%m-%d %H:%M:%S UTC")) }
                        td { (e.actor.name) " " span.muted { "(" (e.actor.user) ")" } }
                        td { (ctx.t(&format!("change-{}", e.event.change.name().replace('_', "-")))) }
                        td { @for id in &e.event.created { code { (id) } " " } }
                    }
                }
            }
        }
    };
    (title, body)
}

/// One event: what it changed, who and when, the records it made or acted on
/// (linked to their pages), its inclusion proof, and its JSON as recorded.
pub fn event(ctx: &Ctx, e: &EventRecord) -> Option<(String, Markup)> {
    let title = ctx.ta("event-title", &[("seq", e.seq.to_string())]);
    let what = ctx.t(&format!("change-{}", e.event.change.name().replace('_', "-")));
    let mut records: Vec<String> = e.event.created.clone();
    if let Some(target) = e.event.change.target()
        && !records.iter().any(|r| r == target)
    {
        records.push(target.to_owned());
    }
    let json = serde_json::to_string_pretty(e).ok()?;
    let body = html! {
        span.caption { (ctx.t("events-title")) }
        h1 { (title) }
        dl.summary #event {
            dt { (ctx.t("history-what")) } dd { (what) " " span.muted { code { (e.event.change.name()) } } }
            dt { (ctx.t("history-when")) } dd { (e.at.strftime("%Y-%m-%d %H:%M:%S UTC")) }
            dt { (ctx.t("history-who")) } dd { (e.actor.name) " " span.muted { "(" (e.actor.user) ", " (e.actor.organization) ")" } }
            dt { (ctx.t("event-records")) }
            dd {
                @if records.is_empty() { "—" }
                @for id in &records {
                    @match id.parse::<RecordRef>().ok().and_then(|r| Page::of_record(&r)) {
                        Some(page) => { a href=(page.href()) { code { (id) } } " " }
                        None => { code { (id) } " " }
                    }
                }
            }
        }
        p {
            a href=(Page::Proof(e.seq).href()) #event-proof { (ctx.t("event-proof")) } " · "
            a href=(format!("/api/v1/events?from={}&limit=1", e.seq)) #event-json { (ctx.t("event-json")) } " · "
            a href=(Page::Events(Some(e.seq)).href()) { (ctx.t("event-in-log")) }
        }
        h2 { (ctx.t("event-as-recorded")) }
        pre.claims #event-body { (json) }
    };
    Some((title, body))
}
