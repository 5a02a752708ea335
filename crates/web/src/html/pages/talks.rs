//! Phases and their agenda, meetings and their outcomes.

use jirga_core::ids::{InitiativeId, MeetingId};
use jirga_core::model::OutcomeResult;
use maud::{Markup, html};

use crate::html::Page;
use crate::html::layout::{Ctx, Form, choices, history, json_list_link, ledger_ref, notes, paged, tag, topic_options};

/// Outcome rows offered when recording a meeting (more with "Add another outcome").
const OUTCOME_ROWS: usize = 1;

pub fn phases(ctx: &Ctx, id: &InitiativeId) -> Option<(String, Markup)> {
    let s = ctx.state;
    let ini = s.initiatives.get(id)?;
    let title = ctx.t("phases-title");
    let add_phase = Form::new(ctx, "add_phase", id.as_str());
    let body = html! {
        h1 { (title) }
        (json_list_link(ctx, "phases", Some(id)))
        @if let Some(w) = &ini.phase_order_waived { p { (tag("green", &ctx.t("approval-waived"))) " " (ctx.day(w.waived_on)) } }
        @for p in ini.phases.iter().filter_map(|p| s.phases.get(p)) {
            section.panel id=(p.id) {
                h2 { (ctx.ta("phase-number", &[("n", p.number.to_string())])) ": " (p.title) " "
                    @if p.conclusion.is_some() { (tag("green", &ctx.t("phase-concluded"))) } @else { (tag("blue", &ctx.t("phase-open"))) } }
                p.meta { @for (i, t) in p.topics.iter().enumerate() { @if i > 0 { ", " } (ctx.t(&t.fluent_id())) } }
                @if let Some(c) = &p.conclusion { p { (ctx.ta("phase-concluded-on", &[("date", ctx.day(c.concluded_on))])) @if let Some(sum) = &c.summary { ": " (sum) } } }
                table {
                    thead { tr { th { (ctx.t("agenda-item")) } th { (ctx.t("field-topic")) } th { (ctx.t("agenda-discussed-in")) } } }
                    tbody {
                        @for a in p.agenda.iter().filter_map(|a| s.agenda_items.get(a)) {
                            tr id=(a.id) {
                                td { (a.title) (super::incidents::evidence(ctx, a.id.as_str())) }
                                td { (ctx.t(&a.topic.fluent_id())) }
                                td { @for m in &a.discussed_in { a href=(Page::Meeting(m.clone()).href()) { (m) } " " } }
                            }
                        }
                    }
                }
                @let f = Form::new(ctx, "add_agenda_item", p.id.as_str());
                (f.render(&ctx.t("agenda-add"), &ctx.t("agenda-add-submit"), html! {
                    (f.hidden("phase", p.id.as_str()))
                    (f.text("title", &ctx.t("field-title"), ""))
                    (f.select("topic", &ctx.t("field-topic"), &topic_options(ctx, &p.topics), ""))
                }))
                @if p.conclusion.is_none() {
                    @let f = Form::new(ctx, "conclude_phase", p.id.as_str());
                    (f.render(&ctx.t("phase-conclude"), &ctx.t("phase-conclude-submit"), html! {
                        (f.hidden("phase", p.id.as_str()))
                        (f.date("concluded_on", &ctx.t("field-concluded-on"), &ctx.today.to_string()))
                        (f.textarea("summary", &ctx.t("field-summary"), ""))
                    }))
                }
            }
        }
        (add_phase.render(&ctx.t("phase-add"), &ctx.t("phase-add-submit"), html! {
            (add_phase.hidden("initiative", id.as_str()))
            (add_phase.text("title", &ctx.t("field-title"), ""))
            (add_phase.checkboxes("topics", &ctx.t("field-topics"), &topic_options(ctx, &ini.topics), &[]))
        }))
    };
    Some((title, body))
}

pub fn meetings(ctx: &Ctx, id: &InitiativeId, list_page: usize) -> Option<(String, Markup)> {
    let s = ctx.state;
    let ini = s.initiatives.get(id)?;
    let title = ctx.t("meetings-title");
    let form = Form::new(ctx, "record_meeting", id.as_str());
    let mut meetings: Vec<_> = s.meetings.values().filter(|m| &m.initiative == id).collect();
    meetings.sort_by_key(|m| std::cmp::Reverse(m.held_on));
    let (meetings, pager) = paged(ctx, &meetings, list_page);
    let participants: Vec<(String, String)> = s
        .people
        .values()
        .map(|p| {
            // As the rules judge it (see jirga_core::sides): anyone not of the
            // province's or the federal party is of the other side.
            let ours = p.party.as_ref().is_some_and(|party| jirga_core::sides::of_our_side(s, ini, party));
            let side = if ours { ctx.t("meeting-our-side") } else { ctx.t("meeting-counterpart-side") };
            (p.id.to_string(), format!("{} — {}", p.name_latin, side))
        })
        .collect();
    let items: Vec<(String, String)> = ini
        .phases
        .iter()
        .filter_map(|p| s.phases.get(p))
        .flat_map(|p| p.agenda.iter().filter_map(|a| s.agenda_items.get(a)).map(move |a| (p.number, a)))
        .map(|(n, a)| (a.id.to_string(), format!("{} {n}: {}", ctx.t("phase-short"), a.title)))
        .collect();
    let results = choices(ctx, OutcomeResult::ALL, OutcomeResult::as_str, OutcomeResult::fluent_id);
    let body = html! {
        h1 { (title) }
        (json_list_link(ctx, "meetings", Some(id)))
        table {
            thead { tr { th { (ctx.t("field-held-on")) } th { (ctx.t("field-place")) } th { (ctx.t("meeting-participants")) } th { (ctx.t("meeting-outcomes")) } } }
            tbody {
                @for m in meetings {
                    tr {
                        td { a href=(Page::Meeting(m.id.clone()).href()) { (ctx.day(m.held_on)) } }
                        td { (m.place) @if m.breach.is_some() { " " (tag("red", &ctx.t("breach-tag"))) } }
                        td { (m.participants.len()) }
                        td { (m.outcomes.len()) }
                    }
                }
            }
        }
        (pager)
        (form.render(&ctx.t("meeting-record"), &ctx.t("meeting-record-submit"), html! {
            (form.hidden("initiative", id.as_str()))
            (form.date("held_on", &ctx.t("field-held-on"), &ctx.today.to_string()))
            (form.text("place", &ctx.t("field-place"), ""))
            (form.checkboxes("participants", &ctx.t("meeting-participants"), &participants, &[]))
            (form.checkboxes("agenda_items", &ctx.t("meeting-agenda"), &items, &[]))
            (form.textarea("minutes", &ctx.t("field-minutes"), ""))
            (form.checkbox("as_breach", &ctx.t("field-as-breach"), false))
            (form.repeated("outcomes", &ctx.t("meeting-outcomes"), &ctx.t("meeting-add-outcome"), OUTCOME_ROWS, |i| html! {
                (form.select(&format!("outcomes.{i}.agenda_item"), &ctx.t("agenda-item"), &items, ""))
                (form.select(&format!("outcomes.{i}.result"), &ctx.t("field-result"), &results, ""))
                (form.text(&format!("outcomes.{i}.text"), &ctx.t("field-outcome-text"), ""))
            }))
        }))
    };
    Some((title, body))
}

pub fn meeting(ctx: &Ctx, id: &MeetingId) -> Option<(String, Markup)> {
    let s = ctx.state;
    let m = s.meetings.get(id)?;
    let title = ctx.ta("meeting-heading", &[("date", ctx.day(m.held_on)), ("place", m.place.to_string())]);
    let body = html! {
        span.caption { (ctx.t("meetings-title")) }
        h1 { (title) }
        (ledger_ref(ctx, &m.id, &m.history))
        @if let Some(breach) = &m.breach { (breach_panel(ctx, BreachOf::Meeting(&m.id), breach)) }
        h2 { (ctx.t("meeting-participants")) }
        ul { @for p in &m.participants { li { bdi { (ctx.person(p)) } @if let Some(o) = s.people.get(p).and_then(|x| x.party.as_ref()) { " — " bdi { (ctx.party(o)) } } } } }
        @let engaged: Vec<_> = s.communities_in(m).collect();
        @if !engaged.is_empty() {
            p #communities-engaged { strong { (ctx.t("meeting-communities")) ": " }
                @for (i, c) in engaged.iter().enumerate() { @if i > 0 { ", " } a href=(Page::Community(c.id.clone()).href()) { (super::communities::name(c)) } } }
        }
        h2 { (ctx.t("meeting-agenda")) }
        ul { @for a in m.agenda_items.iter().filter_map(|a| s.agenda_items.get(a)) { li { (a.title) " (" (ctx.t(&a.topic.fluent_id())) ")" } } }
        @if let Some(min) = &m.minutes { h2 { (ctx.t("field-minutes")) } p.minutes { (min) } }
        h2 { (ctx.t("meeting-outcomes")) }
        table {
            thead { tr { th { (ctx.t("agenda-item")) } th { (ctx.t("field-result")) } th { (ctx.t("field-outcome-text")) } } }
            tbody {
                @for o in &m.outcomes {
                    tr {
                        td { @if let Some(a) = o.agenda_item.as_ref().and_then(|a| s.agenda_items.get(a)) { (a.title) } }
                        td { (tag(match o.result { OutcomeResult::Agreed => "green", OutcomeResult::NotAgreed => "red", OutcomeResult::FollowUp => "yellow" }, &ctx.t(&o.result.fluent_id()))) }
                        td { (o.text) }
                    }
                }
            }
        }
        @for n in 1..=m.outcomes.len() as u32 { (outcome_agreement(ctx, m, n)) }
        (notes(ctx, m.id.as_str()))
        (history(ctx, &m.history))
    };
    Some((title, body))
}

/// An agreed outcome as both sides sign it: its canonical text, who signed
/// for each side, the form to record a signature, the document to check.
fn outcome_agreement(ctx: &Ctx, m: &jirga_core::state::Meeting, n: u32) -> Markup {
    let subject = jirga_core::agreement::Subject::Outcome(m.id.clone(), n);
    let Ok(text) = jirga_core::agreement::subject_text(ctx.state, &subject) else { return html! {} };
    let form = Form::new(ctx, "cosign_outcome", format!("{}-{n}", m.id));
    let signed: Vec<_> = m.signatures.iter().filter(|g| g.outcome == n).collect();
    html! {
        section.panel id={"outcome-agreement-" (n)} {
            h3 { (ctx.t("outcome-agreement")) }
            pre dir="ltr" { (text) }
            ul { @for party in jirga_core::agreement::parties(ctx.state, &subject) {
                @let by = signed.iter().find(|g| g.party == party);
                li { bdi { (ctx.party(&party)) } " — " @match by {
                    Some(g) => { (tag("green", &ctx.t("agreement-signed"))) " " bdi { (ctx.person(&g.person)) } },
                    None => (tag("grey", &ctx.t("agreement-unsigned"))),
                } }
            } }
            p.meta { a href={"/api/v1/meetings/" (m.id) "/outcomes/" (n) "/agreement"} { (ctx.t("agreement-document")) } }
            (form.render(&ctx.t("outcome-agreement-record"), &ctx.t("agreement-record-submit"), html! {
                (form.hidden("meeting", m.id.as_str()))
                (form.hidden("outcome:n", &n.to_string()))
                (form.text("signature", &ctx.t("agreement-signature-line"), ""))
            }))
        }
    }
}

/// A fact recorded as a breach (a meeting, a visit): the rules it broke, and
/// the federal side's acknowledgement, or the form to give it
/// (`acknowledge_breach` for a meeting, `acknowledge_travel_breach` for a visit).
pub(crate) fn breach_panel(ctx: &Ctx, of: BreachOf<'_>, breach: &jirga_core::state::Breach) -> Markup {
    let (command, field, id, intro, anchor) = match of {
        BreachOf::Meeting(id) => ("acknowledge_breach", "meeting", id.as_str(), "breach-intro", "breach".to_owned()),
        BreachOf::Visit(id) => ("acknowledge_travel_breach", "visit", id.as_str(), "breach-intro-visit", format!("breach-{id}")),
    };
    let ack = Form::new(ctx, command, id);
    html! {
        section.panel.breach id=(anchor) {
            h2 { (ctx.t("breach-title")) " " (tag(if breach.acknowledged.is_some() { "grey" } else { "red" },
                &ctx.t(if breach.acknowledged.is_some() { "breach-acknowledged" } else { "breach-open" }))) }
            p { (ctx.t(intro)) }
            ul.breach-rules { @for rule in &breach.rules { li { (ctx.l.broken_rule(rule)) " " span.muted { "(" code { (rule.code) } ")" } } } }
            @match &breach.acknowledged {
                Some(a) => p { (ctx.ta("breach-acknowledged-on", &[("date", ctx.day(a.on)), ("note", a.note.to_string())])) },
                None => (ack.render(&ctx.t("breach-acknowledge"), &ctx.t("breach-acknowledge-submit"), html! {
                    (ack.hidden(field, id))
                    (ack.date("acknowledged_on", &ctx.t("field-acknowledged-on"), &ctx.today.to_string()))
                    (ack.textarea("note", &ctx.t("field-note"), ""))
                })),
            }
        }
    }
}

/// The record a breach was recorded with.
pub(crate) enum BreachOf<'a> {
    Meeting(&'a jirga_core::ids::MeetingId),
    Visit(&'a jirga_core::ids::VisitId),
}
