//! The grievance register: what communities raised, filterable in the URL,
//! and one grievance with every step taken on it. A sensitive grievance's
//! raiser is shown only to those the policy lets read it, from the row kept
//! apart, and only when it matches the commitment the record carries.

use jirga_core::ids::GrievanceId;
use jirga_core::model::{GrievanceStatus, GrievanceTopic};
use maud::{Markup, html};

use super::communities::{community_options, grievance_table, name, status_class};
use crate::html::layout::{Ctx, Form, history, json_list_link, ledger_ref, notes, party_options, tag};
use crate::html::{GrievanceFilter, Page};

/// Who raised a sensitive grievance, as the viewer may know it.
pub enum RaiserOnFile {
    /// The kept row matches the record's commitment.
    Matches(jirga_core::ids::PersonId),
    /// A row is kept but does not match: not shown.
    Mismatch,
    /// No row (erased, or the grievance names nobody).
    None,
}

pub fn list(ctx: &Ctx, filter: &GrievanceFilter) -> (String, Markup) {
    let s = ctx.state;
    let title = ctx.t("grievances-title");
    let all: Vec<_> = s
        .grievances
        .values()
        .filter(|g| filter.status.as_deref().is_none_or(|st| st == "open" && g.is_open() || g.status().as_str() == st))
        .filter(|g| filter.topic.as_deref().is_none_or(|t| g.topic.as_str() == t))
        .filter(|g| filter.community.as_deref().is_none_or(|c| g.community.as_str() == c))
        .collect();
    let link = |f: GrievanceFilter| Page::Grievances(f).href();
    let body = html! {
        h1 { (title) }
        p.lead { (ctx.t("grievances-lead")) }
        (json_list_link(ctx, "grievances", None))
        nav.filters aria-label=(ctx.t("grievances-filter-status")) {
            a href=(link(GrievanceFilter { status: None, ..filter.clone() })) class=[filter.status.is_none().then_some("current")] { (ctx.t("filter-all")) }
            a href=(link(GrievanceFilter { status: Some("open".into()), ..filter.clone() })) class=[(filter.status.as_deref() == Some("open")).then_some("current")] { (ctx.t("grievances-open")) }
            @for st in GrievanceStatus::ALL {
                a href=(link(GrievanceFilter { status: Some(st.as_str().into()), ..filter.clone() })) class=[(filter.status.as_deref() == Some(st.as_str())).then_some("current")] { (ctx.t(&st.fluent_id())) }
            }
        }
        nav.filters aria-label=(ctx.t("grievances-filter-topic")) {
            a href=(link(GrievanceFilter { topic: None, ..filter.clone() })) class=[filter.topic.is_none().then_some("current")] { (ctx.t("filter-all")) }
            @for t in GrievanceTopic::ALL {
                a href=(link(GrievanceFilter { topic: Some(t.as_str().into()), ..filter.clone() })) class=[(filter.topic.as_deref() == Some(t.as_str())).then_some("current")] { (ctx.t(&t.fluent_id())) }
            }
        }
        nav.filters aria-label=(ctx.t("grievances-filter-community")) {
            a href=(link(GrievanceFilter { community: None, ..filter.clone() })) class=[filter.community.is_none().then_some("current")] { (ctx.t("filter-all")) }
            @for (id, label) in community_options(ctx) {
                a href=(link(GrievanceFilter { community: Some(id.clone()), ..filter.clone() })) class=[(filter.community.as_deref() == Some(id.as_str())).then_some("current")] { bdi { (label) } }
            }
        }
        @if all.is_empty() { p #no-grievances { (ctx.t("grievances-none")) } } @else { (grievance_table(ctx, &all)) }
        p { a href=(Page::Communities.href()) { (ctx.t("communities-title")) } }
    };
    (title, body)
}

pub fn one(ctx: &Ctx, id: &GrievanceId, raiser: &RaiserOnFile) -> Option<(String, Markup)> {
    let s = ctx.state;
    let g = s.grievances.get(id)?;
    let community = s.communities.get(&g.community);
    let advance = Form::new(ctx, "advance_grievance", id.as_str());
    let next: Vec<(String, String)> = g.status().next().iter().map(|st| (st.as_str().to_owned(), ctx.t(&st.fluent_id()))).collect();
    let commitments: Vec<(String, String)> = s.commitments.values().map(|c| (c.id.to_string(), c.text.to_string())).collect();
    let body = html! {
        span.caption { (ctx.t("grievance-caption")) }
        h1 { bdi { (crate::charts::truncate(g.text.as_str(), 120)) } }
        (ledger_ref(ctx, &g.id, &g.history))
        p #status { (tag(status_class(g.status()), &ctx.t(&g.status().fluent_id()))) @if g.sensitive { " " (tag("yellow", &ctx.t("sensitive-tag"))) } }
        blockquote dir="auto" { (g.text) }
        dl.summary {
            dt { (ctx.t("field-community")) } dd { @if let Some(c) = community { a href=(Page::Community(c.id.clone()).href()) { (name(c)) } } }
            dt { (ctx.t("field-raised-by")) }
            dd #raiser {
                @match (&g.raised_by, g.sensitive, raiser) {
                    (Some(p), _, _) => bdi { (ctx.person(p)) },
                    (None, true, _) if g.raiser_erased => span.meta { (ctx.t("raiser-erased")) },
                    (None, true, RaiserOnFile::Matches(p)) => { bdi { (ctx.person(p)) } " " span.meta { (ctx.t("raiser-kept-apart-shown")) } },
                    (None, true, RaiserOnFile::Mismatch) => span.error-message { (ctx.t("raiser-mismatch")) },
                    (None, true, RaiserOnFile::None) if g.raiser_commitment.is_some() => span.meta { (ctx.t("raiser-kept-apart")) },
                    _ => span.meta { (ctx.t("raiser-not-named")) },
                }
            }
            dt { (ctx.t("field-topic")) } dd { (ctx.t(&g.topic.fluent_id())) }
            @if g.district.is_some() || g.place.is_some() {
                dt { (ctx.t("field-place")) }
                dd { @if let Some(p) = &g.place { bdi { (p) } } @if let Some(d) = g.district { @if g.place.is_some() { ", " } (ctx.t(&d.fluent_id())) } }
            }
            dt { (ctx.t("field-raised-on")) } dd { (ctx.day(g.raised_on)) }
            dt { (ctx.t("position-source")) } dd { (g.source.publisher) ", " em { (g.source.title) } @if let Some(d) = g.source.published_on { " (" (ctx.day(d)) ")" } }
            @if !g.agenda_items.is_empty() {
                dt { (ctx.t("field-agenda-items")) }
                dd { @for (i, a) in g.agenda_items.iter().filter_map(|a| s.agenda_items.get(a)).enumerate() { @if i > 0 { "; " } bdi { (a.title) } } }
            }
            @if !g.commitments.is_empty() {
                dt { (ctx.t("grievance-addressed-by")) }
                dd #addressed-by { @for (i, c) in g.commitments.iter().filter_map(|c| s.commitments.get(c)).enumerate() { @if i > 0 { "; " }
                    a href=(Page::Commitment(c.id.clone()).href()) { bdi { (c.text) } } } }
            }
        }
        h2 { (ctx.t("grievance-steps")) }
        table #steps {
            thead { tr { th { (ctx.t("field-on")) } th { (ctx.t("field-status")) } th { (ctx.t("field-note")) } } }
            tbody {
                tr { td { (ctx.day(g.raised_on)) } td { (ctx.t("grievance-status-raised")) } td {} }
                @for st in &g.steps {
                    tr {
                        td { (ctx.day(st.on)) }
                        td { (ctx.t(&st.to.fluent_id()))
                            @if let Some(p) = &st.referred_to { " → " bdi { (ctx.party(p)) } }
                            @if let Some(c) = st.commitment.as_ref().and_then(|c| s.commitments.get(c)) { " → " a href=(Page::Commitment(c.id.clone()).href()) { (c.id) } } }
                        td dir="auto" { @if let Some(n) = &st.note { (n) } }
                    }
                }
            }
        }
        @if !next.is_empty() {
            (advance.render(&ctx.t("grievance-advance"), &ctx.t("grievance-advance-submit"), html! {
                (advance.hidden("grievance", id.as_str()))
                (advance.select("to", &ctx.t("field-new-status"), &next, ""))
                (advance.date("on", &ctx.t("field-on"), &ctx.today.to_string()))
                (advance.select("referred_to", &ctx.t("field-referred-to"), &party_options(ctx), ""))
                (advance.select("commitment", &ctx.t("field-commitment"), &commitments, ""))
                (advance.textarea("note", &ctx.t("field-reason-or-note"), ""))
            }))
        }
        @if g.raiser_commitment.is_some() && !g.raiser_erased && !g.is_open() {
            @let erase = Form::new(ctx, "erase_grievance_raiser", id.as_str());
            (erase.render(&ctx.t("raiser-erase"), &ctx.t("raiser-erase-submit"), html! {
                (erase.hidden("grievance", id.as_str()))
                (erase.date("erased_on", &ctx.t("field-on"), &ctx.today.to_string()))
                (erase.textarea("reason", &ctx.t("field-reason-or-note"), ""))
            }))
        }
        (notes(ctx, g.id.as_str()))
        (history(ctx, &g.history))
    };
    Some((ctx.t("grievance-caption"), body))
}

/// Open grievances counted by community and topic (the dashboard's table).
pub fn open_by_community_and_topic(ctx: &Ctx) -> Markup {
    let s = ctx.state;
    let open: Vec<_> = s.grievances.values().filter(|g| g.is_open()).collect();
    let topics: Vec<GrievanceTopic> = GrievanceTopic::ALL.iter().copied().filter(|t| open.iter().any(|g| g.topic == *t)).collect();
    let communities: Vec<_> = s.communities.values().filter(|c| open.iter().any(|g| g.community == c.id)).collect();
    html! {
        section.panel #open-grievances {
            h2 { (ctx.t("dashboard-open-grievances")) }
            @if open.is_empty() { p.meta { (ctx.t("grievances-none-open")) } }
            @else {
                table {
                    thead { tr { th { (ctx.t("field-community")) } @for t in &topics { th { (ctx.t(&t.fluent_id())) } } } }
                    tbody {
                        @for c in &communities {
                            tr {
                                td { a href=(Page::Grievances(GrievanceFilter { status: Some("open".into()), community: Some(c.id.to_string()), topic: None }).href()) { bdi { (c.name_latin) } } }
                                @for t in &topics {
                                    @let n = open.iter().filter(|g| g.community == c.id && g.topic == *t).count();
                                    td { @if n > 0 { a href=(Page::Grievances(GrievanceFilter { status: Some("open".into()), community: Some(c.id.to_string()), topic: Some(t.as_str().into()) }).href()) { (ctx.number(n as i64)) } } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
