//! The mandate: federal approval with its terms, notifications, and the liaison log.

use jirga_core::ids::InitiativeId;
use jirga_core::model::{ApprovalStatus, Decision, Standing, WaivableRule};
use jirga_core::state::ApprovalRequest;
use maud::{Markup, html};

use crate::html::layout::{Ctx, Form, choices, history, ledger_ref, tag, topic_options};

pub fn approval(ctx: &Ctx, id: &InitiativeId) -> Option<(String, Markup)> {
    let s = ctx.state;
    let ini = s.initiatives.get(id)?;
    let title = ctx.t("approval-title");
    let requests: Vec<_> = s.approvals.values().filter(|r| &r.initiative == id).collect();
    let request_form = Form::new(ctx, "request_approval", id.as_str());
    let waive = Form::new(ctx, "waive_phase_order", id.as_str());
    let settings = Form::new(ctx, "change_initiative_settings", id.as_str());
    let body = html! {
        h1 { (title) }
        p { (ctx.t("approval-intro")) }
        @for req in &requests {
            section.panel id=(req.id) {
                h2 { (ctx.ta("approval-request-heading", &[("id", req.id.to_string()), ("date", ctx.day(req.requested_on))])) }
                @let status = req.status();
                p { (tag(match status { ApprovalStatus::Approved => "green", ApprovalStatus::Pending => "yellow", _ => "red" }, &ctx.t(&status.fluent_id()))) }
                dl.summary {
                    dt { (ctx.t("field-topics")) } dd { @for (i, t) in req.topics.iter().enumerate() { @if i > 0 { ", " } (ctx.t(&t.fluent_id())) } }
                    dt { (ctx.t("field-planned-delegations")) } dd { (req.planned_delegations) }
                    @if let Some(note) = &req.note { dt { (ctx.t("field-note")) } dd { (note) } }
                    @if let Some(d) = &req.decision {
                        dt { (ctx.t("field-decided-on")) } dd { (ctx.day(d.decided_on)) }
                        @if d.decision == Decision::Approve {
                            @let (standing, change) = req.standing_on(ctx.today);
                            dt { (ctx.t("approval-standing")) }
                            dd.standing {
                                (tag(match standing { Standing::InForce => "green", Standing::Suspended => "yellow", Standing::Withdrawn => "red" }, &ctx.t(&standing.fluent_id())))
                                @if let Some(c) = change { " " (ctx.ta("approval-standing-since", &[("date", ctx.day(c.on)), ("reason", c.reason.to_string())])) }
                            }
                        }
                        @if let Some(terms) = &d.terms { dt { (ctx.t("field-terms")) } dd.terms { (terms) } }
                        @if let Some(until) = d.valid_until { dt { (ctx.t("field-valid-until")) } dd { (until) } }
                        @if !d.approved_topics.is_empty() {
                            dt { (ctx.t("field-approved-topics")) } dd { @for (i, t) in d.approved_topics.iter().enumerate() { @if i > 0 { ", " } (ctx.t(&t.fluent_id())) } }
                        }
                    }
                }
                @if req.decision.is_none() {
                    @let f = Form::new(ctx, "decide_approval", req.id.as_str());
                    (f.render(&ctx.t("approval-decide"), &ctx.t("approval-decide-submit"), html! {
                        (f.hidden("request", req.id.as_str()))
                        (f.select("decision", &ctx.t("field-decision"), &choices(ctx, Decision::ALL, Decision::as_str, Decision::fluent_id), ""))
                        (f.date("decided_on", &ctx.t("field-decided-on"), &ctx.today.to_string()))
                        (f.textarea("terms", &ctx.t("field-terms"), ""))
                        (f.date("valid_until", &ctx.t("field-valid-until"), ""))
                        (f.checkboxes("approved_topics", &ctx.t("field-approved-topics"), &topic_options(ctx, &req.topics),
                            &req.topics.iter().map(|t| t.as_str().to_owned()).collect::<Vec<_>>()))
                        (f.checkbox("waive_phase_order", &ctx.t("field-waive-phase-order"), false))
                        (f.textarea("conditions:lines", &ctx.t("field-conditions"), ""))
                    }))
                }
                @if let Some(d) = req.decision.as_ref().filter(|d| d.decision == Decision::Approve) {
                    (conditions(ctx, req, d))
                    (standing_forms(ctx, req))
                }
                (history(ctx, &req.history))
            }
        }
        (request_form.render(&ctx.t("approval-request"), &ctx.t("approval-request-submit"), html! {
            (request_form.hidden("initiative", id.as_str()))
            (request_form.checkboxes("topics", &ctx.t("field-topics"), &topic_options(ctx, &ini.topics), &[]))
            (request_form.number("planned_delegations:n", &ctx.t("field-planned-delegations"), "2"))
            (request_form.date("requested_on", &ctx.t("field-requested-on"), &ctx.today.to_string()))
            (request_form.textarea("note", &ctx.t("field-note"), ""))
        }))
        section.panel {
            h2 { (ctx.t("approval-phase-order")) }
            @match &ini.phase_order_waived {
                Some(w) => p { (tag("green", &ctx.t("approval-waived"))) " " (ctx.day(w.waived_on)) ": " (w.reason) },
                None => p { (tag("grey", &ctx.t("approval-not-waived"))) },
            }
            @if ini.phase_order_waived.is_none() {
                (waive.render(&ctx.t("approval-waive"), &ctx.t("approval-waive-submit"), html! {
                    (waive.hidden("initiative", id.as_str()))
                    (waive.date("waived_on", &ctx.t("field-waived-on"), &ctx.today.to_string()))
                    (waive.textarea("reason", &ctx.t("field-reason"), ""))
                }))
            }
            (settings.render(&ctx.t("settings-title"), &ctx.t("settings-submit"), html! {
                (settings.hidden("initiative", id.as_str()))
                (settings.checkbox("groundwork_first", &ctx.t("field-groundwork-first"), ini.groundwork_first))
            }))
        }
        (waiver_requests(ctx, ini))
    };
    Some((title, body))
}

/// The province's requests to relax a rule that protects the federal side:
/// each with its answer or waiting for it, the federal side's refusal form
/// (it grants by waiving above), and the province's form to ask.
fn waiver_requests(ctx: &Ctx, ini: &jirga_core::state::Initiative) -> Markup {
    let id = ini.id.as_str();
    let askable: Vec<(String, String)> = WaivableRule::ALL
        .iter()
        .filter(|r| !ini.relaxes(**r) && ini.pending_waiver(**r).is_none())
        .map(|r| (r.as_str().to_owned(), ctx.t(&r.fluent_id())))
        .collect();
    let ask = Form::new(ctx, "request_waiver", id);
    html! {
        section.panel #waiver-requests {
            h2 { (ctx.t("waiver-title")) }
            p { (ctx.t("waiver-intro")) }
            @for r in &ini.waiver_requests {
                article.waiver {
                    h3 { (ctx.t(&r.rule.fluent_id())) }
                    p.meta { (ctx.ta("waiver-requested", &[("date", ctx.day(r.requested_on))])) }
                    blockquote { (r.reason) }
                    @match &r.answer {
                        Some(a) if a.granted => p { (tag("green", &ctx.t("waiver-granted"))) " " (a.on) ": " (a.reason) },
                        Some(a) => p { (tag("red", &ctx.t("waiver-refused"))) " " (a.on) ": " (a.reason) },
                        None => {
                            p.waiting { (tag("yellow", &ctx.t("waiver-waiting"))) }
                            @let refuse = Form::new(ctx, "refuse_waiver", format!("{id}-{}", r.rule.as_str()));
                            (refuse.render(&ctx.t("waiver-refuse"), &ctx.t("waiver-refuse-submit"), html! {
                                (refuse.hidden("initiative", id))
                                (refuse.hidden("rule", r.rule.as_str()))
                                (refuse.date("refused_on", &ctx.t("field-refused-on"), &ctx.today.to_string()))
                                (refuse.textarea("reason", &ctx.t("field-reason"), ""))
                            }))
                        }
                    }
                }
            }
            @if !askable.is_empty() {
                (ask.render(&ctx.t("waiver-request"), &ctx.t("waiver-request-submit"), html! {
                    (ask.hidden("initiative", id))
                    (ask.select("rule", &ctx.t("field-rule"), &askable, ""))
                    (ask.date("requested_on", &ctx.t("field-requested-on"), &ctx.today.to_string()))
                    (ask.textarea("reason", &ctx.t("field-reason"), ""))
                }))
            }
        }
    }
}

pub fn liaison(ctx: &Ctx, id: &InitiativeId) -> Option<(String, Markup)> {
    let s = ctx.state;
    s.initiatives.get(id)?;
    let title = ctx.t("liaison-title");
    let notify = Form::new(ctx, "notify_federal_government", id.as_str());
    let ask = Form::new(ctx, "request_guidance", id.as_str());
    let body = html! {
        h1 { (title) }
        h2 { (ctx.t("notifications-title")) }
        @for n in s.notifications.values().filter(|n| &n.initiative == id) {
            section.panel id=(n.id) {
                h3 { (n.subject) }
                (ledger_ref(ctx, &n.id, &n.history))
                p.meta { (ctx.ta("notification-sent", &[("date", ctx.day(n.sent_on))])) }
                p { (n.body) }
                @match &n.acknowledgement {
                    Some(a) => p { (tag("green", &ctx.t("notification-acknowledged"))) " " (ctx.day(a.acknowledged_on)) " — " (a.acknowledged_by) },
                    None => {
                        p { (tag("yellow", &ctx.t("notification-awaiting"))) }
                        @let f = Form::new(ctx, "acknowledge_notification", n.id.as_str());
                        (f.render(&ctx.t("notification-acknowledge"), &ctx.t("notification-acknowledge-submit"), html! {
                            (f.hidden("notification", n.id.as_str()))
                            (f.date("acknowledged_on", &ctx.t("field-acknowledged-on"), &ctx.today.to_string()))
                            (f.text("acknowledged_by", &ctx.t("field-acknowledged-by"), ""))
                        }))
                    }
                }
            }
        }
        (notify.render(&ctx.t("notification-send"), &ctx.t("notification-send-submit"), html! {
            (notify.hidden("initiative", id.as_str()))
            (notify.text("subject", &ctx.t("field-subject"), ""))
            (notify.textarea("body", &ctx.t("field-body"), ""))
            (notify.date("sent_on", &ctx.t("field-sent-on"), &ctx.today.to_string()))
        }))
        h2 { (ctx.t("guidance-title")) }
        @for e in s.liaison.values().filter(|e| &e.initiative == id) {
            section.panel id=(e.id) {
                p.meta { (ctx.ta("guidance-asked", &[("date", ctx.day(e.asked_on))])) }
                (ledger_ref(ctx, &e.id, &e.history))
                p { strong { (e.question) } }
                @match &e.answer {
                    Some(a) => p { (tag("green", &ctx.t("guidance-answered"))) " " (ctx.day(a.answered_on)) ": " (a.answer) },
                    None => {
                        @let f = Form::new(ctx, "answer_guidance", e.id.as_str());
                        (f.render(&ctx.t("guidance-answer"), &ctx.t("guidance-answer-submit"), html! {
                            (f.hidden("entry", e.id.as_str()))
                            (f.textarea("answer", &ctx.t("field-answer"), ""))
                            (f.date("answered_on", &ctx.t("field-answered-on"), &ctx.today.to_string()))
                        }))
                    }
                }
            }
        }
        (ask.render(&ctx.t("guidance-ask"), &ctx.t("guidance-ask-submit"), html! {
            (ask.hidden("initiative", id.as_str()))
            (ask.textarea("question", &ctx.t("field-question"), ""))
            (ask.date("asked_on", &ctx.t("field-asked-on"), &ctx.today.to_string()))
        }))
    };
    Some((title, body))
}

/// The conditions the federal side set on a granted approval, each with the
/// province's reports, and the province's form to report on one.
fn conditions(ctx: &Ctx, req: &ApprovalRequest, d: &jirga_core::state::ApprovalDecision) -> Markup {
    if d.conditions.is_empty() {
        return html! {};
    }
    let report = Form::new(ctx, "report_on_condition", req.id.as_str());
    let numbered: Vec<(String, String)> =
        d.conditions.iter().enumerate().map(|(i, c)| ((i + 1).to_string(), format!("{}. {}", i + 1, c.text))).collect();
    html! {
        section.conditions id=(format!("conditions-{}", req.id)) {
            h3 { (ctx.t("conditions-title")) }
            p { (ctx.t("conditions-intro")) }
            ol {
                @for c in &d.conditions {
                    li {
                        (c.text)
                        @match c.reports.last() {
                            None => { " " (tag("yellow", &ctx.t("conditions-unreported"))) },
                            Some(r) => p.meta { (ctx.ta("conditions-reported", &[("date", ctx.day(r.reported_on)), ("report", r.report.to_string())])) },
                        }
                    }
                }
            }
            (report.render(&ctx.t("conditions-report"), &ctx.t("conditions-report-submit"), html! {
                (report.hidden("request", req.id.as_str()))
                (report.select("condition:n", &ctx.t("field-condition"), &numbered, ""))
                (report.date("reported_on", &ctx.t("field-reported-on"), &ctx.today.to_string()))
                (report.textarea("report", &ctx.t("field-report"), ""))
            }))
        }
    }
}

/// The federal side's forms to suspend, reinstate or withdraw a granted
/// approval (rendered only for those Cedar lets decide them).
fn standing_forms(ctx: &Ctx, req: &ApprovalRequest) -> Markup {
    let form = |command: &'static str, title: &str, submit: &str, date_field: &'static str, date_label: &str| {
        let f = Form::new(ctx, command, req.id.as_str());
        f.render(
            title,
            submit,
            html! {
                (f.hidden("request", req.id.as_str()))
                (f.date(date_field, date_label, &ctx.today.to_string()))
                (f.textarea("reason", &ctx.t("field-reason"), ""))
            },
        )
    };
    html! {
        @match req.current_standing() {
            Standing::InForce => {
                (form("suspend_approval", &ctx.t("approval-suspend"), &ctx.t("approval-suspend-submit"), "suspended_on", &ctx.t("field-suspended-on")))
                (form("withdraw_approval", &ctx.t("approval-withdraw"), &ctx.t("approval-withdraw-submit"), "withdrawn_on", &ctx.t("field-withdrawn-on")))
            }
            Standing::Suspended => {
                (form("reinstate_approval", &ctx.t("approval-reinstate"), &ctx.t("approval-reinstate-submit"), "reinstated_on", &ctx.t("field-reinstated-on")))
                (form("withdraw_approval", &ctx.t("approval-withdraw"), &ctx.t("approval-withdraw-submit"), "withdrawn_on", &ctx.t("field-withdrawn-on")))
            }
            Standing::Withdrawn => {}
        }
    }
}
