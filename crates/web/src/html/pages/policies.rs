//! The policies: the text of each set in force, every recorded change (who, when,
//! why, the difference), and for administrators the form that changes a set.

use jirga_core::model::PolicySetName;
use maud::{Markup, html};

use super::Extra;
use crate::html::layout::{Ctx, Form, history, tag};

pub fn policies(ctx: &Ctx, extra: &Extra) -> (String, Markup) {
    let title = ctx.t("policies-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("policies-intro")) }
        p.meta { (ctx.t("policy-co-approval")) }
        @for (set, text) in &extra.policies {
            @let versions: Vec<_> = ctx.state.policy_versions.values().filter(|v| v.policy_set == *set).collect();
            section.policy-set id={"set-" (set.as_str())} {
                h2 { (ctx.t(&set.fluent_id())) " " code { (file_name(*set)) } }
                @let in_force = ctx.state.recorded_policy(*set);
                @match in_force {
                    None => p.meta.in-force { (ctx.t("policy-in-force-shipped")) },
                    Some(v) => p.meta.in-force { strong { (v.id) } ": " (proposed_by(ctx, v)) " · " (decided_by(ctx, v)) },
                }
                (in_words(ctx, *set, text))
                details {
                    summary { (ctx.t("policies-text-in-force")) }
                    pre.policy-text dir="ltr" { (text) }
                }
                @let pending: Vec<_> = versions.iter().filter(|v| v.is_pending()).collect();
                h3 { (ctx.t("policy-proposals")) }
                @if pending.is_empty() { p.meta { (ctx.t("policy-proposals-none")) } }
                @for v in pending.iter().rev() {
                    article.policy-version.pending id=(v.id) {
                        h4 { (v.id) " " (tag("yellow", &ctx.t("waiver-waiting"))) }
                        p { (proposed_by(ctx, v)) }
                        pre.diff { (v.diff) }
                        @let stale = in_force.map(|f| &f.id) != v.replaces.as_ref();
                        @if stale { p.warning { (ctx.t("policy-stale")) } }
                        @if !stale {
                            @let approve = Form::new(ctx, "approve_policy_change", v.id.as_str());
                            (approve.render(&ctx.t("policy-approve"), &ctx.t("policy-approve-submit"), html! {
                                (approve.hidden("version", v.id.as_str()))
                                (approve.date("approved_on", &ctx.t("field-on"), &ctx.today.to_string()))
                                (approve.textarea("note", &ctx.t("field-note"), ""))
                            }))
                        }
                        @let refuse = Form::new(ctx, "refuse_policy_change", v.id.as_str());
                        (refuse.render(&ctx.t("policy-refuse"), &ctx.t("policy-refuse-submit"), html! {
                            (refuse.hidden("version", v.id.as_str()))
                            (refuse.date("refused_on", &ctx.t("field-refused-on"), &ctx.today.to_string()))
                            (refuse.textarea("reason", &ctx.t("field-reason"), ""))
                        }))
                    }
                }
                @for v in versions.iter().rev().filter(|v| !v.is_pending()) {
                    article.policy-version id=(v.id) {
                        h3 { (v.id) " — " (v.reason) }
                        p.meta { (proposed_by(ctx, v)) " · " (decided_by(ctx, v)) }
                        pre.diff { (v.diff) }
                        (history(ctx, &v.history))
                    }
                }
                @let form = Form::new(ctx, "change_policies", set.as_str());
                (form.render(&ctx.t("policies-change"), &ctx.t("policies-change-submit"), html! {
                    (form.hidden("policy_set", set.as_str()))
                    (form.hidden("previous", text))
                    (form.textarea("text", &ctx.t("field-policy-text"), text))
                    (form.textarea("reason", &ctx.t("field-reason"), ""))
                }))
            }
        }
    };
    (title, body)
}

/// Who proposed a recorded version, when and why.
fn proposed_by(ctx: &Ctx, v: &jirga_core::state::PolicyVersion) -> String {
    let Some(stamp) = v.history.first() else { return v.reason.to_string() };
    let date = jirga_core::event::recording_day(stamp.at).to_string();
    ctx.ta(
        "policy-proposed-by",
        &[
            ("name", stamp.actor.name.clone()),
            ("organization", stamp.actor.organization.clone()),
            ("date", date),
            ("reason", v.reason.to_string()),
        ],
    )
}

/// Who put a recorded version in force, or refused it.
fn decided_by(ctx: &Ctx, v: &jirga_core::state::PolicyVersion) -> String {
    match &v.decision {
        _ if v.break_glass => ctx.t("policy-break-glass"),
        Some(d) => {
            let mut args = vec![("name", d.by.name.clone()), ("organization", d.by.organization.clone()), ("date", ctx.day(d.on))];
            args.push(("reason", d.note.as_ref().map(|n| n.to_string()).unwrap_or_default()));
            ctx.ta(if d.approved { "policy-approved-by" } else { "policy-refused-by" }, &args)
        }
        None => ctx.t("waiver-waiting"),
    }
}

fn file_name(set: PolicySetName) -> &'static str {
    match set {
        PolicySetName::Authorization => "authorization.cedar",
        PolicySetName::Forbidden => "forbidden.cedar",
        PolicySetName::Concurrence => "concurrence.cedar",
    }
}

/// What each policy of a set says, in words: its name, what it does (read for
/// the set: an authorization permit allows, a framework permit asks for
/// concurrence), its reason and the actions it names.
fn in_words(ctx: &Ctx, set: PolicySetName, text: &str) -> Markup {
    let Ok(policies) = jirga_policy::explain::explain(text) else {
        return html! { p.warning { (ctx.t("policy-change-unreadable")) } };
    };
    let effect = |permits: bool| match (set, permits) {
        (PolicySetName::Authorization, true) => "policy-effect-allows",
        (PolicySetName::Authorization, false) => "policy-effect-forbids",
        (PolicySetName::Forbidden, true) => "policy-effect-baseline",
        (PolicySetName::Forbidden, false) => "policy-effect-forbids-commitment",
        (PolicySetName::Concurrence, true) => "policy-effect-needs-concurrence",
        (PolicySetName::Concurrence, false) => "policy-effect-no-concurrence",
    };
    // An action is named by its change's words where it is a command; reads and
    // the framework's `assess` keep their code.
    let action = |name: &str| {
        let id = format!("change-{}", name.replace('_', "-"));
        if ctx.l.has(&id) { ctx.t(&id) } else { name.to_owned() }
    };
    html! {
        table.policy-words {
            caption { (ctx.t("policies-in-words")) }
            thead { tr { th { (ctx.t("policy-name")) } th { (ctx.t("policy-effect")) } th { (ctx.t("policy-reason")) } } }
            tbody {
                @for p in &policies {
                    tr id={"policy-" (p.id)} {
                        td { code dir="ltr" { (p.id) } }
                        td { (ctx.t(effect(p.permits))) }
                        td {
                            @if let Some(reason) = &p.reason { (reason) }
                            @if set == PolicySetName::Authorization && !p.actions.is_empty() {
                                details { summary { (ctx.ta("policy-actions", &[("count", p.actions.len().to_string())])) }
                                    ul { @for a in &p.actions { li { (action(a)) } } } }
                            }
                        }
                    }
                }
            }
        }
    }
}
