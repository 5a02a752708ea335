//! The dashboard: where the initiative stands at a glance.

use jirga_core::decide::approval_in_force;
use jirga_core::gates::{GateStatus, GateStep, gates, next_gate};
use jirga_core::ids::InitiativeId;
use jirga_core::model::ApprovalStatus;
use maud::{Markup, html};

use crate::html::Page;
use crate::html::layout::{Ctx, history, ledger_ref, notes, tag};

fn gate_class(status: GateStatus) -> &'static str {
    match status {
        GateStatus::CannotStartYet => "grey",
        GateStatus::Ready => "blue",
        GateStatus::InProgress => "yellow",
        GateStatus::Done => "green",
    }
}

fn gate_page(step: GateStep, ini: &InitiativeId) -> Page {
    match step {
        GateStep::FederalApproval => Page::Approval(ini.clone()),
        GateStep::Notification => Page::Liaison(ini.clone()),
        GateStep::GroundworkVisit | GateStep::SubstantiveVisit => Page::Delegations(ini.clone()),
        GateStep::PhaseOne | GateStep::PhaseTwo => Page::Phases(ini.clone()),
    }
}

/// Rows each of the dashboard's lists shows; the rest are a link away (the
/// lists' own pages show them all, a page at a time).
const DASHBOARD_ROWS: usize = 10;
/// The latest meetings the dashboard shows.
const LATEST_MEETINGS: usize = 5;

/// "N more" and the page that lists them all, when a dashboard list holds more than it shows.
fn more(ctx: &Ctx, total: usize, all: &Page) -> Markup {
    html! {
        @if total > DASHBOARD_ROWS {
            p.more { a href=(all.href()) { (ctx.ta("dashboard-more", &[("count", (total - DASHBOARD_ROWS).to_string())])) } }
        }
    }
}

pub fn dashboard(ctx: &Ctx, id: &InitiativeId) -> Option<(String, Markup)> {
    let s = ctx.state;
    let ini = s.initiatives.get(id)?;
    let g = gates(s, id, ctx.today);
    let next = next_gate(&g);
    let latest_request = s.approvals.values().filter(|r| &r.initiative == id).max_by_key(|r| r.requested_on);
    let in_force = approval_in_force(s, id, ctx.today).ok();
    let mut meetings: Vec<_> = s.meetings.values().filter(|m| &m.initiative == id).collect();
    meetings.sort_by_key(|m| std::cmp::Reverse(m.held_on));
    let open_commitments: Vec<_> = s.commitments.values().filter(|c| &c.initiative == id && c.is_open()).collect();
    let contested: Vec<_> = s.claims.values().filter(|c| &c.initiative == id && c.is_contested()).collect();
    let open = |b: &Option<jirga_core::state::Breach>| b.as_ref().is_some_and(|b| b.acknowledged.is_none());
    // Meetings and visits recorded as breaches and not yet acknowledged: (where, what, the rules broken).
    let mut open_breaches: Vec<(String, String, &[jirga_core::event::BrokenRule])> = s
        .meetings
        .values()
        .filter(|m| &m.initiative == id && open(&m.breach))
        .map(|m| {
            let label = ctx.ta("meeting-heading", &[("date", ctx.day(m.held_on)), ("place", m.place.to_string())]);
            (Page::Meeting(m.id.clone()).href(), label, m.breach.as_ref().map_or(&[][..], |b| &b.rules[..]))
        })
        .collect();
    open_breaches.extend(
        s.visits.values().filter(|v| open(&v.breach) && s.delegations.get(&v.delegation).is_some_and(|d| &d.initiative == id)).map(|v| {
            let date = v.travelled_on.unwrap_or(v.planned_for).to_string();
            let label = ctx.ta("visit-breach-heading", &[("date", date), ("place", v.destination.to_string())]);
            let href = format!("{}#breach-{}", Page::Delegation(v.delegation.clone()).href(), v.id);
            (href, label, v.breach.as_ref().map_or(&[][..], |b| &b.rules[..]))
        }),
    );
    let unreported_conditions = in_force.map_or(0, |d| d.conditions.iter().filter(|c| c.reports.is_empty()).count());

    let body = html! {
        span.caption { (ctx.t("dashboard-caption")) }
        h1 { bdi { (ini.title) } }
        (ledger_ref(ctx, &ini.id, &ini.history))
        dl.summary {
            dt { (ctx.t("field-counterpart")) } dd { bdi { (ctx.party(&ini.counterpart)) } }
            dt { (ctx.t("field-focal-person")) } dd { bdi { (ctx.person(&ini.focal_person)) } }
            dt { (ctx.t("field-topics")) } dd { @for (i, t) in ini.topics.iter().enumerate() { @if i > 0 { ", " } (ctx.t(&t.fluent_id())) } }
        }

        div.grid {
            section.panel #approval {
                h2 { (ctx.t("dashboard-approval")) }
                @match latest_request {
                    None => { p { (tag("grey", &ctx.t("approval-none"))) } }
                    Some(req) => {
                        @let status = req.status();
                        p { (tag(match status { ApprovalStatus::Approved => "green", ApprovalStatus::Pending => "yellow", _ => "red" }, &ctx.t(&status.fluent_id()))) }
                        @if let Some(d) = &req.decision {
                            @if let Some(terms) = &d.terms { p.terms { strong { (ctx.t("field-terms")) ": " } (terms) } }
                            @if let Some(until) = d.valid_until { p { (ctx.ta("approval-valid-until", &[("date", ctx.day(until))])) } }
                            @if let Some(until) = req.lapsing_on(ctx.today) {
                                p.warning #approval-lapsing { (ctx.ta("approval-lapsing", &[("date", ctx.day(until)), ("days", ctx.number((until - ctx.today).get_days()))])) }
                            }
                        } @else {
                            p { (ctx.ta("approval-requested-on", &[("date", ctx.day(req.requested_on))])) }
                        }
                    }
                }
                @if in_force.is_none() && latest_request.is_some_and(|r| r.status() == ApprovalStatus::Approved) {
                    p.warning { (ctx.t("approval-not-in-force")) }
                }
                @if unreported_conditions > 0 {
                    p.warning #conditions-unreported { (ctx.ta("dashboard-conditions-unreported", &[("count", unreported_conditions.to_string())])) }
                }
                a href=(Page::Approval(id.clone()).href()) { (ctx.t("dashboard-approval-link")) } " · "
                a href=(Page::Briefing(id.clone()).href()) { (ctx.t("briefing-title")) }
            }
            section.panel #next-step {
                h2 { (ctx.t("dashboard-next")) }
                @match next {
                    None => p { (ctx.t("dashboard-all-done")) },
                    Some(gate) => {
                        p.next { a href=(gate_page(gate.step, id).href()) { (ctx.t(gate.step.fluent_id())) } }
                        @if let Some(b) = &gate.blocker { p.blocked { strong { (ctx.t("gate-blocked-by")) " " } (ctx.l.rule_error(b)) } }
                        @if gate.step == GateStep::FederalApproval && gate.status == GateStatus::InProgress {
                            @if let Some(req) = latest_request { p { (ctx.ta("approval-requested-on", &[("date", ctx.day(req.requested_on))])) } }
                        }
                    }
                }
            }
        }

        @if !open_breaches.is_empty() {
            section.panel.breach #open-breaches {
                h2 { (ctx.t("dashboard-open-breaches")) " (" (open_breaches.len()) ")" }
                p { (ctx.t("dashboard-open-breaches-intro")) }
                ul {
                    @for (href, label, rules) in open_breaches.iter().take(DASHBOARD_ROWS) {
                        li { a href=(href) { (label) }
                            ": " @for (i, rule) in rules.iter().enumerate() { @if i > 0 { "; " } (ctx.l.broken_rule(rule)) } }
                    }
                }
                (more(ctx, open_breaches.len(), &Page::Meetings(id.clone())))
            }
        }
        section #gates {
            h2 { (ctx.t("dashboard-gates")) }
            ol.task-list {
                @for gate in &g {
                    li.task data-step=(serde_json::to_value(gate.step).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default())
                        data-status=(serde_json::to_value(gate.status).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()) {
                        span.task-name { a href=(gate_page(gate.step, id).href()) { (ctx.t(gate.step.fluent_id())) } }
                        (tag(gate_class(gate.status), &ctx.t(gate.status.fluent_id())))
                        @if let Some(b) = &gate.blocker { span.task-hint { (ctx.l.rule_error(b)) } }
                    }
                }
            }
        }

        section #delegations {
            h2 { (ctx.t("nav-delegations")) }
            (super::delegations::table(ctx, id))
        }

        section #phases {
            h2 { (ctx.t("nav-phases")) }
            ol.phases {
                @for p in ini.phases.iter().filter_map(|p| s.phases.get(p)) {
                    li {
                        (ctx.ta("phase-number", &[("n", p.number.to_string())])) ": " (p.title) " "
                        @if p.conclusion.is_some() { (tag("green", &ctx.t("phase-concluded"))) } @else { (tag("blue", &ctx.t("phase-open"))) }
                        " " span.meta { (ctx.ta("phase-agenda-count", &[("n", p.agenda.len().to_string())])) }
                    }
                }
            }
        }

        div.grid {
            section.panel #open-commitments {
                h2 { (ctx.t("dashboard-open-commitments")) " (" (open_commitments.len()) ")" }
                ul {
                    @for c in open_commitments.iter().take(DASHBOARD_ROWS) {
                        li { a href=(Page::Commitment(c.id.clone()).href()) { bdi { (c.text) } } " " (tag("grey", &ctx.t(&c.status.fluent_id())))
                            @if c.has_overdue(ctx.today) { " " (tag("red", &ctx.t("overdue-tag"))) }
                            @if let Some(due) = c.due_on { " " span.meta { (ctx.ta("commitment-due", &[("date", ctx.day(due))])) } } }
                    }
                }
                (more(ctx, open_commitments.len(), &Page::Commitments(id.clone(), None)))
                p { a href=(Page::Results(id.clone(), Default::default()).href()) { (ctx.t("results-title")) } }
            }
            section.panel #contested-claims {
                h2 { (ctx.t("dashboard-contested")) " (" (contested.len()) ")" }
                ul {
                    @for c in contested.iter().take(DASHBOARD_ROWS) {
                        li { a href=(Page::Claims(id.clone(), Some(c.topic.as_str().into())).href()) { bdi { (c.proposition) } } }
                    }
                }
                (more(ctx, contested.len(), &Page::Claims(id.clone(), None)))
            }
        }

        (super::grievances::open_by_community_and_topic(ctx))

        section #latest-meetings {
            h2 { (ctx.t("dashboard-meetings")) }
            ul {
                @for m in meetings.iter().take(LATEST_MEETINGS) {
                    li { a href=(Page::Meeting(m.id.clone()).href()) { (ctx.day(m.held_on)) " — " (m.place) } }
                }
            }
        }
        (notes(ctx, ini.id.as_str()))
        (history(ctx, &ini.history))
    };
    Some((ini.title.to_string(), body))
}
