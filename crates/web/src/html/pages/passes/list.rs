//! The register of passes, searchable by holder, document and status.

use super::Extra;
use crate::html::Page;
use crate::html::layout::{Ctx, json_list_link, paged};
use jirga_core::pass::{HolderRecord, Pass};
use maud::{Markup, html};

use super::*;

/// Does the holder record match a search (name, Arabic-script name, document number)?
fn matches(holder: Option<&HolderRecord>, pass: &Pass, q: &str) -> bool {
    let q = q.to_lowercase();
    let mut fields = vec![pass.document_id.to_string(), pass.id.to_string()];
    if let Some(h) = holder {
        let h = &h.application.holder;
        fields.push(h.name_latin.to_string());
        fields.extend(h.name_arabic.as_ref().map(|n| n.to_string()));
        fields.push(h.document_number.to_string());
    }
    fields.iter().any(|f| f.to_lowercase().contains(&q))
}

pub fn list(ctx: &Ctx, extra: &Extra, q: Option<&str>) -> (String, Markup) {
    let title = ctx.t("passes-title");
    let q = q.map(str::trim).filter(|q| !q.is_empty());
    let all: Vec<&Pass> =
        ctx.state.passes.values().rev().filter(|p| q.is_none_or(|q| matches(extra.holders.get(p.document_id.as_str()), p, q))).collect();
    let (rows, pager) = paged(ctx, &all, extra.list_page);
    let body = html! {
        h1 { (title) }
        (json_list_link(ctx, "passes", None))
        p.row {
            @if (ctx.may)("issue_pass", None) { a.button href=(Page::PassNew.href()) { (ctx.t("pass-issue")) } }
            a href=(Page::Border.href()) { (ctx.t("nav-border")) }
            a href=(Page::Crossings(None).href()) { (ctx.t("nav-crossings")) }
        }
        form.filters method="get" action="/passes" role="search" {
            label for="q" { (ctx.t("passes-search")) }
            input #q type="search" name="q" value=(q.unwrap_or_default());
            button.button.secondary type="submit" { (ctx.t("passes-search-submit")) }
        }
        table #passes {
            thead { tr {
                th { (ctx.t("field-document-id")) } th { (ctx.t("field-holder")) } th { (ctx.t("field-purpose")) }
                th { (ctx.t("field-crossing-points")) } th { (ctx.t("field-valid-until")) } th { (ctx.t("field-status")) }
            } }
            tbody {
                @for p in rows {
                    tr {
                        td { a href=(Page::Pass(p.id.clone()).href()) { code { (p.document_id) } } }
                        td { @match extra.holders.get(p.document_id.as_str()) {
                            Some(h) => { (h.application.holder.name_latin) },
                            None if p.holder_erased => span.meta { (ctx.t("pass-holder-erased")) },
                            None => span.meta { (ctx.t("pass-holder-hidden")) },
                        } }
                        td { (ctx.t(&p.purpose.fluent_id())) }
                        td { (points(ctx, &p.crossing_points)) }
                        td { (ctx.day(p.valid_until)) }
                        td { (status_tag(ctx, p)) }
                    }
                }
            }
        }
        (pager)
        @if rows.is_empty() { p.meta { (ctx.t("passes-none")) } }
    };
    (title, body)
}
