//! Commitments as a results tracker: status, owner, due date, progress.

use jirga_core::ids::{CommitmentId, InitiativeId};
use jirga_core::model::{CommitmentStatus, FrameworkArea, Verdict};
use maud::{Markup, html};

use crate::html::Page;
use crate::html::layout::{
    Ctx, Form, choices, history, json_list_link, ledger_ref, notes, paged, party_options, people_options, tag, topic_options,
};

fn status_class(status: CommitmentStatus) -> &'static str {
    match status {
        CommitmentStatus::Draft | CommitmentStatus::Proposed => "grey",
        CommitmentStatus::Agreed | CommitmentStatus::InProgress => "blue",
        CommitmentStatus::Fulfilled => "green",
        CommitmentStatus::Lapsed | CommitmentStatus::Withdrawn => "red",
    }
}

pub fn list(ctx: &Ctx, id: &InitiativeId, status: Option<&str>, list_page: usize) -> Option<(String, Markup)> {
    let s = ctx.state;
    let ini = s.initiatives.get(id)?;
    let title = ctx.t("commitments-title");
    let all: Vec<_> = s.commitments.values().filter(|c| &c.initiative == id && status.is_none_or(|st| c.status.as_str() == st)).collect();
    let (rows, pager) = paged(ctx, &all, list_page);
    let draft = Form::new(ctx, "draft_commitment", id.as_str());
    let phases: Vec<(String, String)> = ini
        .phases
        .iter()
        .filter_map(|p| s.phases.get(p))
        .map(|p| (p.id.to_string(), format!("{}: {}", ctx.ta("phase-number", &[("n", p.number.to_string())]), p.title)))
        .collect();
    let body = html! {
        h1 { (title) }
        (json_list_link(ctx, "commitments", Some(id)))
        nav.filters aria-label=(ctx.t("commitments-filter")) {
            a href=(Page::Commitments(id.clone(), None).href()) class=[status.is_none().then_some("current")] { (ctx.t("filter-all")) }
            @for st in CommitmentStatus::ALL {
                a href=(Page::Commitments(id.clone(), Some(st.as_str().into())).href()) class=[(status == Some(st.as_str())).then_some("current")] { (ctx.t(&st.fluent_id())) }
            }
        }
        table #tracker {
            thead { tr { th { (ctx.t("field-text")) } th { (ctx.t("field-topic")) } th { (ctx.t("field-owner")) } th { (ctx.t("field-due-on")) } th { (ctx.t("field-status")) } th { (ctx.t("commitment-progress")) } } }
            tbody {
                @for c in rows {
                    tr {
                        td { a href=(Page::Commitment(c.id.clone()).href()) { bdi { (c.text) } } }
                        td { (ctx.t(&c.topic.fluent_id())) }
                        td { bdi { (ctx.person(&c.owner)) } }
                        td { @if let Some(d) = c.due_on { (ctx.day(d)) } @if c.has_overdue(ctx.today) { " " (tag("red", &ctx.t("overdue-tag"))) } }
                        td { (tag(status_class(c.status), &ctx.t(&c.status.fluent_id()))) }
                        td { @if let Some(p) = c.progress.iter().rev().find_map(|p| p.percent) { (p) "%" } }
                    }
                }
            }
        }
        (pager)
        (draft.render(&ctx.t("commitment-draft"), &ctx.t("commitment-draft-submit"), html! {
            (draft.hidden("initiative", id.as_str()))
            (draft.textarea("text", &ctx.t("field-text"), ""))
            (draft.select("topic", &ctx.t("field-topic"), &topic_options(ctx, &ini.topics), ""))
            (draft.select("phase", &ctx.t("field-phase"), &phases, ""))
            (draft.checkboxes("bound", &ctx.t("field-bound"), &party_options(ctx), &[]))
            (draft.select("owner", &ctx.t("field-owner"), &people_options(ctx), ini.focal_person.as_str()))
            (draft.date("due_on", &ctx.t("field-due-on"), ""))
            (draft.checkboxes("areas", &ctx.t("field-areas"), &choices(ctx, FrameworkArea::ALL, FrameworkArea::as_str, FrameworkArea::fluent_id), &[]))
            (draft.number("financial_amount:n", &ctx.t("field-financial-amount"), ""))
            (draft.date("drafted_on", &ctx.t("field-drafted-on"), &ctx.today.to_string()))
        }))
    };
    Some((title, body))
}

pub fn one(ctx: &Ctx, id: &CommitmentId, held_key: Option<&str>) -> Option<(String, Markup)> {
    let s = ctx.state;
    let c = s.commitments.get(id)?;
    let change = Form::new(ctx, "change_commitment_status", id.as_str());
    let progress = Form::new(ctx, "report_progress", id.as_str());
    let next: Vec<(String, String)> = c.status.next().iter().map(|st| (st.as_str().to_owned(), ctx.t(&st.fluent_id()))).collect();
    let body = html! {
        span.caption { (ctx.t("commitment-caption")) }
        h1 { bdi { (c.text) } }
        (ledger_ref(ctx, &c.id, &c.history))
        p { (tag(status_class(c.status), &ctx.t(&c.status.fluent_id()))) }
        dl.summary {
            dt { (ctx.t("field-topic")) } dd { (ctx.t(&c.topic.fluent_id())) }
            dt { (ctx.t("field-phase")) } dd { @if let Some(p) = s.phases.get(&c.phase) { (ctx.ta("phase-number", &[("n", p.number.to_string())])) } }
            dt { (ctx.t("field-bound")) } dd { @for (i, p) in c.bound.iter().enumerate() { @if i > 0 { ", " } bdi { (ctx.party(p)) } } }
            dt { (ctx.t("field-owner")) } dd { bdi { (ctx.person(&c.owner)) } }
            dt { (ctx.t("field-drafted-on")) } dd { (ctx.day(c.drafted_on)) }
            @if let Some(d) = c.due_on { dt { (ctx.t("field-due-on")) } dd { (ctx.day(d)) @if c.overdue_on(ctx.today) { " " (tag("red", &ctx.t("overdue-tag"))) } } }
        }
        section.panel.guardrail #guardrail {
            h2 { (ctx.t("guardrail-title")) }
            @if !c.areas.is_empty() || c.financial_amount.is_some() {
                p { strong { (ctx.t("field-areas")) ": " }
                    @for (i, a) in c.areas.iter().enumerate() { @if i > 0 { ", " } (ctx.t(&a.fluent_id())) }
                    @if let Some(amount) = c.financial_amount { " · " (ctx.ta("commitment-amount", &[("amount", amount.to_string())])) } }
            }
            @match &c.assessment {
                None => p { (ctx.t("guardrail-not-yet")) },
                Some(a) => {
                    p.verdict { (tag(match a.verdict { Verdict::Allowed => "green", Verdict::NeedsConcurrence => "yellow", Verdict::Forbidden => "red" }, &ctx.t(&a.verdict.fluent_id()))) }
                    ul.reasons { @for r in &a.reasons { li { code { (r.policy) } ": " (r.text) } } }
                }
            }
            p.meta.screen-limits { (ctx.t("guardrail-screen-limits")) }
            @if let Some(conc) = &c.concurrence {
                p { (tag("green", &ctx.t("guardrail-concurred"))) " " (ctx.day(conc.concurred_on)) " — " (conc.concurred_by) @if let Some(n) = &conc.note { ": " (n) } }
            } @else if c.assessment.as_ref().is_some_and(|a| a.verdict == Verdict::NeedsConcurrence) {
                @let f = Form::new(ctx, "concur_with_commitment", id.as_str());
                (f.render(&ctx.t("guardrail-concur"), &ctx.t("guardrail-concur-submit"), html! {
                    (f.hidden("commitment", id.as_str()))
                    (f.date("concurred_on", &ctx.t("field-concurred-on"), &ctx.today.to_string()))
                    (f.text("concurred_by", &ctx.t("field-concurred-by"), ""))
                    (f.textarea("note", &ctx.t("field-note"), ""))
                }))
            }
        }
        (acceptance_panel(ctx, c))
        (super::agreement::panel(ctx, c, held_key))
        (super::delivery::section(ctx, c))
        h2 { (ctx.t("commitment-status-log")) }
        table {
            thead { tr { th { (ctx.t("field-on")) } th { (ctx.t("field-status")) } th { (ctx.t("field-note")) } } }
            tbody { @for st in &c.status_log { tr { td { (st.on) } td { (ctx.t(&st.to.fluent_id())) } td { @if let Some(n) = &st.note { (n) } } } } }
        }
        h2 { (ctx.t("commitment-progress")) }
        table {
            thead { tr { th { (ctx.t("field-reported-on")) } th { (ctx.t("field-note")) } th { (ctx.t("field-percent")) } } }
            tbody { @for p in &c.progress { tr { td { (ctx.day(p.reported_on)) } td dir="auto" { (p.note) } td { @if let Some(x) = p.percent { (ctx.number(x)) "%" } } } } }
        }
        @if !next.is_empty() {
            (change.render(&ctx.t("commitment-change"), &ctx.t("commitment-change-submit"), html! {
                (change.hidden("commitment", id.as_str()))
                (change.select("to", &ctx.t("field-new-status"), &next, ""))
                (change.date("on", &ctx.t("field-on"), &ctx.today.to_string()))
                (change.textarea("note", &ctx.t("field-note"), ""))
            }))
        }
        @if matches!(c.status, CommitmentStatus::Agreed | CommitmentStatus::InProgress) {
            (progress.render(&ctx.t("commitment-report"), &ctx.t("commitment-report-submit"), html! {
                (progress.hidden("commitment", id.as_str()))
                (progress.date("reported_on", &ctx.t("field-reported-on"), &ctx.today.to_string()))
                (progress.textarea("note", &ctx.t("field-note"), ""))
                (progress.number("percent:n", &ctx.t("field-percent"), ""))
            }))
        }
        (notes(ctx, c.id.as_str()))
        (history(ctx, &c.history))
    };
    Some((c.text.to_string(), body))
}

/// The counterpart's acceptance (without which the commitment cannot be
/// agreed): what is recorded, or the forms to record it — the counterpart's
/// own, or the delegation's report with its source — for whoever may.
fn acceptance_panel(ctx: &Ctx, c: &jirga_core::state::Commitment) -> Markup {
    let s = ctx.state;
    let meeting_name =
        |m: &jirga_core::ids::MeetingId| s.meetings.get(m).map_or_else(|| m.to_string(), |m| format!("{}, {}", m.place, m.held_on));
    // Meetings that can carry an acceptance: of the initiative, where something was agreed.
    let meetings: Vec<(String, String)> = s
        .meetings
        .values()
        .rev()
        .filter(|m| m.initiative == c.initiative && m.outcomes.iter().any(|o| o.result == jirga_core::model::OutcomeResult::Agreed))
        .map(|m| (m.id.to_string(), meeting_name(&m.id)))
        .collect();
    let accept = Form::new(ctx, "accept_commitment", c.id.as_str());
    let report = Form::new(ctx, "report_acceptance", c.id.as_str());
    html! {
        section.panel #acceptance {
            h2 { (ctx.t("acceptance-title")) }
            @match &c.acceptance {
                Some(a) => {
                    @let meeting = meeting_name(&a.meeting);
                    @let date = a.accepted_on.to_string();
                    @match &a.reported {
                        None => p { (tag("green", &ctx.t("acceptance-tag-own"))) " "
                            (ctx.ta("acceptance-own", &[("meeting", meeting), ("date", date)]))
                            @if let Some(n) = &a.note { " " (n) } },
                        Some(src) => p { (tag("blue", &ctx.t("acceptance-tag-reported"))) " "
                            (ctx.ta("acceptance-reported", &[("meeting", meeting), ("date", date), ("source", format!("{}, {}", src.publisher, src.title))])) },
                    }
                }
                None => {
                    p { (ctx.t("acceptance-none")) }
                    @if c.status == CommitmentStatus::Proposed {
                        (accept.render(&ctx.t("acceptance-accept"), &ctx.t("acceptance-accept-submit"), html! {
                            (accept.hidden("commitment", c.id.as_str()))
                            (accept.select("meeting", &ctx.t("field-meeting"), &meetings, ""))
                            (accept.date("accepted_on", &ctx.t("field-accepted-on"), &ctx.today.to_string()))
                            (accept.textarea("note", &ctx.t("field-note"), ""))
                        }))
                        (report.render(&ctx.t("acceptance-report"), &ctx.t("acceptance-report-submit"), html! {
                            (report.hidden("commitment", c.id.as_str()))
                            (report.select("meeting", &ctx.t("field-meeting"), &meetings, ""))
                            (report.date("accepted_on", &ctx.t("field-accepted-on"), &ctx.today.to_string()))
                            (report.text("source.publisher", &ctx.t("field-publisher"), ""))
                            (report.text("source.title", &ctx.t("field-source-title"), ""))
                            (report.date("source.published_on", &ctx.t("field-published-on"), ""))
                            (report.text("source.url", &ctx.t("field-url"), ""))
                        }))
                    }
                }
            }
        }
    }
}
