//! The policies: the text of each set in force, every recorded change (who, when,
//! why, the difference), and for administrators the form that changes a set.

use jirga_core::model::PolicySetName;
use maud::{Markup, html};

use super::Extra;
use crate::html::layout::{Ctx, Form, history};

pub fn policies(ctx: &Ctx, extra: &Extra) -> (String, Markup) {
    let title = ctx.t("policies-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("policies-intro")) }
        @for (set, text) in &extra.policies {
            @let versions: Vec<_> = ctx.state.policy_versions.values().filter(|v| v.policy_set == *set).collect();
            section.policy-set id={"set-" (set.as_str())} {
                h2 { (ctx.t(&set.fluent_id())) " " code { (file_name(*set)) } }
                @if versions.is_empty() {
                    p.meta { (ctx.t("policies-from-files")) }
                }
                details {
                    summary { (ctx.t("policies-text-in-force")) }
                    pre.policy-text { (text) }
                }
                @for v in versions.iter().rev() {
                    article.policy-version id=(v.id) {
                        h3 { (v.id) " — " (v.reason) }
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

fn file_name(set: PolicySetName) -> &'static str {
    match set {
        PolicySetName::Authorization => "authorization.cedar",
        PolicySetName::Forbidden => "forbidden.cedar",
        PolicySetName::Concurrence => "concurrence.cedar",
    }
}
