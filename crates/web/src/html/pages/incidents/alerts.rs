//! The alerts the rules raised.

use crate::html::Page;
use crate::html::layout::Ctx;
use jirga_core::incident::ALERT_RULES;
use maud::{Markup, html};

use super::*;

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
