//! Communities astride the border: the register, and one community's page —
//! its elders, engagements, grievances, the measures that concern it and the
//! incidents in its districts: what a delegation member reads before sitting
//! down with its elders.

use jirga_core::ids::CommunityId;
use jirga_core::model::{BorderDistrict, CommunityKind, ElderStanding, GrievanceStatus, GrievanceTopic};
use jirga_core::state::Community;
use maud::{Markup, html};

use crate::charts;
use crate::html::Page;
use crate::html::layout::{Ctx, Form, choices, history, json_list_link, ledger_ref, notes, people_options, tag};

/// A community's name in both scripts, the Arabic-script one isolated.
pub fn name(c: &Community) -> Markup {
    html! { bdi { (c.name_latin) } @if let Some(a) = &c.name_arabic { " " bdi.arabic lang="ps" dir="rtl" { (a) } } }
}

/// The sides a community lives on, in words.
pub fn sides(ctx: &Ctx, c: &Community) -> String {
    c.sides().iter().map(|s| ctx.t(&s.fluent_id())).collect::<Vec<_>>().join(" · ")
}

pub fn community_options(ctx: &Ctx) -> Vec<(String, String)> {
    ctx.state.communities.values().map(|c| (c.id.to_string(), c.name_latin.to_string())).collect()
}

fn district_options(ctx: &Ctx) -> Vec<(String, String)> {
    BorderDistrict::ALL
        .iter()
        .map(|d| (d.as_str().to_owned(), format!("{} ({})", ctx.t(&d.fluent_id()), ctx.t(&d.side().fluent_id()))))
        .collect()
}

pub fn list(ctx: &Ctx) -> (String, Markup) {
    let s = ctx.state;
    let title = ctx.t("communities-title");
    let register = Form::new(ctx, "register_community", "new");
    let body = html! {
        h1 { (title) }
        p.lead { (ctx.t("communities-lead")) }
        (json_list_link(ctx, "communities", None))
        p { a href=(Page::Grievances(Default::default()).href()) { (ctx.t("grievances-title")) } }
        @if s.communities.is_empty() { p { (ctx.t("communities-none")) } }
        @else {
            table #communities {
                thead { tr { th { (ctx.t("field-name")) } th { (ctx.t("field-kind")) } th { (ctx.t("community-sides")) } th { (ctx.t("field-districts")) }
                    th { (ctx.t("community-elders")) } th { (ctx.t("community-open-grievances")) } } }
                tbody {
                    @for c in s.communities.values() {
                        @let open = s.grievances.values().filter(|g| g.community == c.id && g.is_open()).count();
                        tr {
                            td { a href=(Page::Community(c.id.clone()).href()) { (name(c)) } }
                            td { (ctx.t(&c.kind.fluent_id())) }
                            td { (sides(ctx, c)) }
                            td { @for (i, d) in c.districts.iter().enumerate() { @if i > 0 { ", " } (ctx.t(&d.fluent_id())) } }
                            td { (ctx.number(c.elders.len() as i64)) }
                            td { (ctx.number(open as i64)) }
                        }
                    }
                }
            }
        }
        (register.render(&ctx.t("community-register"), &ctx.t("community-register-submit"), html! {
            (register.text("name_latin", &ctx.t("field-name-latin"), ""))
            (register.text("name_arabic", &ctx.t("field-name-arabic"), ""))
            (register.select("kind", &ctx.t("field-kind"), &choices(ctx, CommunityKind::ALL, CommunityKind::as_str, CommunityKind::fluent_id), ""))
            (register.checkboxes("districts", &ctx.t("field-districts"), &district_options(ctx), &[]))
            (register.select("part_of", &ctx.t("field-part-of"), &community_options(ctx), ""))
            (register.checkboxes("neighbours", &ctx.t("field-neighbours"), &community_options(ctx), &[]))
        }))
    };
    (title, body)
}

/// Incidents recorded in these districts (all when none are named), by year.
/// The register names districts as `admin2`; Afghan provinces are not in
/// Pakistan's data, so a community across the border shows its Pakistani side.
/// Counted on the register's columns (small integers), one tally per district,
/// never by walking the incidents themselves: a page of a record of a million
/// incidents stays a page.
pub fn incidents_by_year(ctx: &Ctx, names: &[&str]) -> Vec<(String, u64)> {
    use jirga_incidents::stats::{Filter, Group};
    let columns = ctx.state.incidents.columns();
    let places: Vec<Option<u32>> = if names.is_empty() {
        vec![None]
    } else {
        columns
            .places()
            .filter(|(_, (_, admin2), _)| {
                let district = jirga_incidents::places::admin2(admin2);
                names.iter().any(|n| district.eq_ignore_ascii_case(n))
            })
            .map(|(n, ..)| Some(n))
            .collect()
    };
    let mut years = std::collections::BTreeMap::<String, u64>::new();
    for place in places {
        for month in columns.tally(&Filter { place, ..Filter::default() }, Group::Month) {
            *years.entry(month.key.get(..4).unwrap_or_default().to_owned()).or_default() += month.count.events;
        }
    }
    years.into_iter().collect()
}

pub fn one(ctx: &Ctx, id: &CommunityId) -> Option<(String, Markup)> {
    let s = ctx.state;
    let c = s.communities.get(id)?;
    let add_elder = Form::new(ctx, "add_elder", id.as_str());
    let raise = Form::new(ctx, "raise_grievance", id.as_str());
    let engagements: Vec<_> = s.engagements_of(c).collect();
    let grievances: Vec<_> = s.grievances.values().filter(|g| &g.community == id).collect();
    let measures = s.commitments_concerning(id);
    let number = |n: u64| ctx.number(n as i64);
    let reading = charts::Reading { rtl: ctx.l.dir == "rtl", number: &number };
    let districts: Vec<&str> = c.districts.iter().map(|d| d.place_name()).collect();
    let by_year = incidents_by_year(ctx, &districts);
    let related: Vec<&Community> = s
        .communities
        .values()
        .filter(|o| o.id != c.id && (c.neighbours.contains(&o.id) || o.neighbours.contains(&c.id) || o.part_of.as_ref() == Some(&c.id)))
        .collect();
    let elders: Vec<(String, String)> = c.elders.iter().map(|e| (e.person.to_string(), ctx.person(&e.person))).collect();
    let body = html! {
        span.caption { (ctx.t("community-caption")) }
        h1 { (name(c)) }
        (ledger_ref(ctx, &c.id, &c.history))
        dl.summary {
            dt { (ctx.t("field-kind")) } dd { (ctx.t(&c.kind.fluent_id())) }
            dt { (ctx.t("community-sides")) } dd #sides { (sides(ctx, c)) }
            dt { (ctx.t("field-districts")) } dd { @for (i, d) in c.districts.iter().enumerate() { @if i > 0 { ", " } (ctx.t(&d.fluent_id())) " (" (ctx.t(&d.side().fluent_id())) ")" } }
            @if let Some(tribe) = c.part_of.as_ref().and_then(|t| s.communities.get(t)) {
                dt { (ctx.t("field-part-of")) } dd { a href=(Page::Community(tribe.id.clone()).href()) { (name(tribe)) } }
            }
            @if !related.is_empty() {
                dt { (ctx.t("community-related")) }
                dd { @for (i, o) in related.iter().enumerate() { @if i > 0 { ", " } a href=(Page::Community(o.id.clone()).href()) { (name(o)) } } }
            }
        }
        @if c.lives_on(jirga_core::model::Side::Afghanistan) {
            p.notice #approval-note { (ctx.t("community-needs-approval")) }
        }
        h2 { (ctx.t("community-elders")) }
        @if c.elders.is_empty() { p.meta { (ctx.t("community-no-elders")) } }
        @else {
            table #elders {
                thead { tr { th { (ctx.t("field-person")) } th { (ctx.t("field-standing")) } th { (ctx.t("field-since")) } } }
                tbody { @for e in &c.elders { tr { td { bdi { (ctx.person(&e.person)) } } td { (ctx.t(&e.standing.fluent_id())) } td { (ctx.day(e.since)) } } } }
            }
        }
        h2 { (ctx.t("community-engagements")) }
        @if engagements.is_empty() { p.meta { (ctx.t("community-no-engagements")) } }
        ul #engagements { @for m in &engagements { li { a href=(Page::Meeting(m.id.clone()).href()) { bdi { (m.place) } ", " (ctx.day(m.held_on)) }
            @if m.breach.is_some() { " " (tag("red", &ctx.t("breach-tag"))) } } } }
        h2 { (ctx.t("grievances-title")) }
        @if grievances.is_empty() { p.meta { (ctx.t("grievances-none")) } }
        @else { (grievance_table(ctx, &grievances)) }
        h2 { (ctx.t("community-measures")) }
        @if measures.is_empty() { p.meta { (ctx.t("community-no-measures")) } }
        ul #measures { @for m in &measures { li { a href=(Page::Commitment(m.id.clone()).href()) { bdi { (m.text) } }
            " " (tag("grey", &ctx.t(&m.status.fluent_id())))
            @if m.cbm.is_some() { " " (tag("blue", &ctx.t("cbm-tag"))) }
            @if m.has_overdue(ctx.today) { " " (tag("red", &ctx.t("overdue-tag"))) } } } }
        h2 { (ctx.t("community-incidents")) }
        p.meta { (ctx.t("community-incidents-note")) }
        @if by_year.is_empty() { p.meta #no-incidents { (ctx.t("community-no-incidents")) } }
        @else { (charts::bars(&ctx.t("community-incidents"), &by_year, &reading)) }
        (add_elder.render(&ctx.t("elder-add"), &ctx.t("elder-add-submit"), html! {
            (add_elder.hidden("community", id.as_str()))
            (add_elder.select("person", &ctx.t("field-person"), &people_options(ctx), ""))
            (add_elder.select("standing", &ctx.t("field-standing"), &choices(ctx, ElderStanding::ALL, ElderStanding::as_str, ElderStanding::fluent_id), ""))
            (add_elder.date("since", &ctx.t("field-since"), &ctx.today.to_string()))
        }))
        (raise.render(&ctx.t("grievance-raise"), &ctx.t("grievance-raise-submit"), html! {
            (raise.hidden("community", id.as_str()))
            (raise.select("raised_by", &ctx.t("field-raised-by"), &elders, ""))
            (raise.checkbox("sensitive", &ctx.t("field-sensitive"), false))
            (raise.select("topic", &ctx.t("field-topic"), &choices(ctx, GrievanceTopic::ALL, GrievanceTopic::as_str, GrievanceTopic::fluent_id), ""))
            (raise.select("district", &ctx.t("field-district"), &district_options(ctx), ""))
            (raise.text("place", &ctx.t("field-place"), ""))
            (raise.date("raised_on", &ctx.t("field-raised-on"), &ctx.today.to_string()))
            (raise.textarea("text", &ctx.t("field-text"), ""))
            (raise.text("source.publisher", &ctx.t("field-publisher"), ""))
            (raise.text("source.title", &ctx.t("field-source-title"), ""))
            (raise.date("source.published_on", &ctx.t("field-published-on"), ""))
        }))
        (notes(ctx, c.id.as_str()))
        (history(ctx, &c.history))
    };
    Some((c.name_latin.to_string(), body))
}

/// Grievances as a table: community, topic, where, raised, status.
pub fn grievance_table(ctx: &Ctx, grievances: &[&jirga_core::state::Grievance]) -> Markup {
    let s = ctx.state;
    html! {
        table.grievances {
            thead { tr { th { (ctx.t("field-text")) } th { (ctx.t("field-community")) } th { (ctx.t("field-topic")) } th { (ctx.t("field-raised-on")) } th { (ctx.t("field-status")) } } }
            tbody {
                @for g in grievances {
                    tr {
                        td { a href=(Page::Grievance(g.id.clone()).href()) { bdi { (crate::charts::truncate(g.text.as_str(), 90)) } }
                            @if g.sensitive { " " (tag("yellow", &ctx.t("sensitive-tag"))) } }
                        td { @if let Some(c) = s.communities.get(&g.community) { bdi { (c.name_latin) } } }
                        td { (ctx.t(&g.topic.fluent_id())) }
                        td { (ctx.day(g.raised_on)) }
                        td { (tag(status_class(g.status()), &ctx.t(&g.status().fluent_id()))) }
                    }
                }
            }
        }
    }
}

pub fn status_class(status: GrievanceStatus) -> &'static str {
    match status {
        GrievanceStatus::Raised => "yellow",
        GrievanceStatus::Acknowledged | GrievanceStatus::Referred | GrievanceStatus::Addressed => "blue",
        GrievanceStatus::Resolved => "green",
        GrievanceStatus::Closed => "grey",
    }
}
