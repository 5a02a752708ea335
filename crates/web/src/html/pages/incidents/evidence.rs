//! The incidents and statistics cited on a record (a part of its page).

use crate::html::Page;
use crate::html::layout::Ctx;
use maud::{Markup, html};

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
