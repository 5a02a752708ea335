//! Delegations, their members and their visits.

use jirga_core::ids::{DelegationId, InitiativeId};
use jirga_core::model::{Purpose, Role, VisitStatus};
use maud::{Markup, html};

use crate::html::Page;
use crate::html::layout::{Ctx, Form, choices, history, json_list_link, ledger_ref, notes, people_options, tag};

/// Rows offered for members when forming a delegation.
const MEMBER_ROWS: usize = 6;

pub fn list(ctx: &Ctx, id: &InitiativeId) -> Option<(String, Markup)> {
    let s = ctx.state;
    let ini = s.initiatives.get(id)?;
    let title = ctx.t("delegations-title");
    let form = Form::new(ctx, "form_delegation", id.as_str());
    let roles = choices(ctx, Role::ALL, Role::as_str, Role::fluent_id);
    let people = people_options(ctx);
    let body = html! {
        h1 { (title) }
        (json_list_link(ctx, "delegations", Some(id)))
        p { (ctx.ta("delegations-intro", &[("person", ctx.person(&ini.focal_person))])) }
        (table(ctx, id))
        (form.render(&ctx.t("delegation-form"), &ctx.t("delegation-form-submit"), html! {
            (form.hidden("initiative", id.as_str()))
            (form.text("name", &ctx.t("field-name"), ""))
            (form.select("purpose", &ctx.t("field-purpose"), &choices(ctx, Purpose::ALL, Purpose::as_str, Purpose::fluent_id), ""))
            (form.date("formed_on", &ctx.t("field-formed-on"), &ctx.today.to_string()))
            (form.group("members", &ctx.t("delegation-members"), html! {
                @for i in 0..MEMBER_ROWS {
                    div.row {
                        @let (person, role) = if i == 0 { (ini.focal_person.as_str(), "focal_person") } else { ("", "") };
                        (form.select(&format!("members.{i}.person"), &ctx.ta("field-member-n", &[("n", (i + 1).to_string())]), &people, person))
                        (form.select(&format!("members.{i}.role"), &ctx.t("field-role"), &roles, role))
                    }
                }
            }))
        }))
    };
    Some((title, body))
}

/// The delegations of an initiative: members and where their visits stand.
pub fn table(ctx: &Ctx, id: &InitiativeId) -> Markup {
    let s = ctx.state;
    html! {
        table.delegations {
            thead { tr { th { (ctx.t("field-name")) } th { (ctx.t("field-purpose")) } th { (ctx.t("delegation-members")) } th { (ctx.t("delegation-visits")) } } }
            tbody {
                @for d in s.delegations.values().filter(|d| &d.initiative == id) {
                    tr {
                        td { a href=(Page::Delegation(d.id.clone()).href()) { (d.name) } }
                        td { (ctx.t(&d.purpose.fluent_id())) }
                        td { @for m in &d.members { bdi { (ctx.person(&m.person)) } " (" (ctx.t(&m.role.fluent_id())) "); " } }
                        td { @for v in d.visits.iter().filter_map(|v| s.visits.get(v)) { (v.destination) " " (tag("grey", &ctx.t(&v.status().fluent_id()))) " " } }
                    }
                }
            }
        }
    }
}

pub fn one(ctx: &Ctx, id: &DelegationId) -> Option<(String, Markup)> {
    let s = ctx.state;
    let d = s.delegations.get(id)?;
    let ini = s.initiatives.get(&d.initiative)?;
    let add = Form::new(ctx, "add_delegation_member", id.as_str());
    let plan = Form::new(ctx, "plan_visit", id.as_str());
    let body = html! {
        span.caption { (ctx.t(&d.purpose.fluent_id())) }
        h1 { (d.name) }
        (ledger_ref(ctx, &d.id, &d.history))
        p.meta { (ctx.ta("delegation-formed", &[("date", ctx.day(d.formed_on))])) }
        h2 { (ctx.t("delegation-members")) }
        table #members {
            thead { tr { th { (ctx.t("field-name")) } th { (ctx.t("field-role")) } th { (ctx.t("field-organization")) } th {} } }
            tbody {
                @for m in &d.members {
                    tr {
                        td { bdi { (ctx.person(&m.person)) }
                            @if let Some(a) = s.people.get(&m.person).and_then(|p| p.name_arabic.as_ref()) { " " bdi lang="ur" dir="rtl" { (a) } } }
                        td { (ctx.t(&m.role.fluent_id())) }
                        td { @if let Some(p) = s.people.get(&m.person).and_then(|p| p.party.as_ref()) { bdi { (ctx.party(p)) } } }
                        td {
                            @if m.person == ini.focal_person {
                                span.meta { (ctx.t("delegation-focal-person")) }
                            } @else {
                                @let f = Form::new(ctx, "remove_delegation_member", format!("{}-{}", id, m.person));
                                (f.render("", &ctx.t("delegation-remove-submit"), html! {
                                    (f.hidden("delegation", id.as_str()))
                                    (f.hidden("person", m.person.as_str()))
                                }))
                            }
                        }
                    }
                }
            }
        }
        @let remove_error = ctx.form_error.filter(|e| e.form_id.starts_with("remove_delegation_member-"));
        @if let Some(e) = remove_error { div.error-summary role="alert" { p { (e.message) } } }
        (add.render(&ctx.t("delegation-add-member"), &ctx.t("delegation-add-member-submit"), html! {
            (add.hidden("delegation", id.as_str()))
            (add.select("person", &ctx.t("field-person"), &people_options(ctx), ""))
            (add.select("role", &ctx.t("field-role"), &choices(ctx, Role::ALL, Role::as_str, Role::fluent_id), ""))
        }))
        h2 { (ctx.t("delegation-visits")) }
        @for v in d.visits.iter().filter_map(|v| s.visits.get(v)) {
            section.panel id=(v.id) {
                h3 { (v.destination) " " (tag(match v.status() { VisitStatus::ReportedBack => "green", VisitStatus::Travelled => "yellow", VisitStatus::Planned => "blue" }, &ctx.t(&v.status().fluent_id()))) }
                dl.summary {
                    dt { (ctx.t("field-planned-for")) } dd { (v.planned_for) }
                    @if let Some(t) = v.travelled_on { dt { (ctx.t("field-travelled-on")) } dd { (t) } }
                    @if let Some(r) = &v.report { dt { (ctx.t("field-reported-on")) } dd { (ctx.day(r.reported_on)) } dt { (ctx.t("field-report")) } dd { (r.report) } }
                }
                @match v.status() {
                    VisitStatus::Planned => {
                        @let f = Form::new(ctx, "record_travel", v.id.as_str());
                        (f.render(&ctx.t("visit-travel"), &ctx.t("visit-travel-submit"), html! {
                            (f.hidden("visit", v.id.as_str()))
                            (f.date("travelled_on", &ctx.t("field-travelled-on"), &ctx.today.to_string()))
                            (f.checkbox("as_breach", &ctx.t("field-travel-as-breach"), false))
                        }))
                    }
                    VisitStatus::Travelled => {
                        @let f = Form::new(ctx, "report_back", v.id.as_str());
                        (f.render(&ctx.t("visit-report"), &ctx.t("visit-report-submit"), html! {
                            (f.hidden("visit", v.id.as_str()))
                            (f.date("reported_on", &ctx.t("field-reported-on"), &ctx.today.to_string()))
                            (f.textarea("report", &ctx.t("field-report"), ""))
                        }))
                    }
                    VisitStatus::ReportedBack => {}
                }
                @if let Some(breach) = &v.breach { (super::talks::breach_panel(ctx, super::talks::BreachOf::Visit(&v.id), breach)) }
                (history(ctx, &v.history))
            }
        }
        (plan.render(&ctx.t("visit-plan"), &ctx.t("visit-plan-submit"), html! {
            (plan.hidden("delegation", id.as_str()))
            (plan.text("destination", &ctx.t("field-destination"), "Kabul"))
            (plan.date("planned_for", &ctx.t("field-planned-for"), &ctx.today.to_string()))
        }))
        (notes(ctx, d.id.as_str()))
        (history(ctx, &d.history))
    };
    Some((d.name.to_string(), body))
}
