//! A commitment's delivery, on its page: the confidence-building measure it
//! is, its milestones with their indicators over time, its implementation
//! scores, the evidence jirga already holds (passes and crossings for the
//! movement of people, the incident trend for security), and the forms to
//! add to each.

use std::collections::BTreeMap;

use jirga_core::model::{CommitmentStatus, EvidenceKind, PassPurpose, Topic};
use jirga_core::state::Commitment;
use maud::{Markup, html};

use super::communities::{community_options, name};
use super::results::{score_options, score_tag};
use crate::charts;
use crate::html::Page;
use crate::html::layout::{Ctx, Form, choices, party_options, tag};

pub fn section(ctx: &Ctx, c: &Commitment) -> Markup {
    let number = |n: u64| ctx.number(n as i64);
    let reading = charts::Reading { rtl: ctx.l.dir == "rtl", number: &number };
    html! {
        section.panel #delivery {
            h2 { (ctx.t("delivery-title")) }
            @if c.overdue_on(ctx.today) { p.warning #overdue { (tag("red", &ctx.t("overdue-tag"))) " " (ctx.t("commitment-overdue")) } }
            (measure(ctx, c))
            (grievances(ctx, c))
            (milestones(ctx, c, &reading))
            (scores(ctx, c))
            (evidence(ctx, c, &reading))
        }
    }
}

fn measure(ctx: &Ctx, c: &Commitment) -> Markup {
    let s = ctx.state;
    let mark = Form::new(ctx, "mark_confidence_building", c.id.as_str());
    html! {
        div #measure {
            h3 { (ctx.t("cbm-title")) }
            @match &c.cbm {
                Some(m) => p { (tag("blue", &ctx.t("cbm-tag"))) " " (ctx.ta("cbm-between", &[("date", ctx.day(m.marked_on))])) " "
                    @for (i, k) in m.communities.iter().filter_map(|k| s.communities.get(k)).enumerate() { @if i > 0 { ", " }
                        a href=(Page::Community(k.id.clone()).href()) { (name(k)) } }
                    @if !m.communities.is_empty() && !m.parties.is_empty() { "; " }
                    @for (i, p) in m.parties.iter().enumerate() { @if i > 0 { ", " } bdi { (ctx.party(p)) } } },
                None => {
                    p.meta { (ctx.t("cbm-not-marked")) }
                    @if c.status != CommitmentStatus::Withdrawn {
                        (mark.render(&ctx.t("cbm-mark"), &ctx.t("cbm-mark-submit"), html! {
                            (mark.hidden("commitment", c.id.as_str()))
                            (mark.checkboxes("communities", &ctx.t("field-communities"), &community_options(ctx), &[]))
                            (mark.checkboxes("parties", &ctx.t("field-parties"), &party_options(ctx), &[]))
                            (mark.date("marked_on", &ctx.t("field-on"), &ctx.today.to_string()))
                        }))
                    }
                }
            }
        }
    }
}

/// The grievances this commitment addresses (linked when raised, or by the step that addressed them).
fn grievances(ctx: &Ctx, c: &Commitment) -> Markup {
    let linked: Vec<_> = ctx.state.grievances.values().filter(|g| g.commitments.contains(&c.id)).collect();
    html! {
        @if !linked.is_empty() {
            div #grievances-addressed {
                h3 { (ctx.t("commitment-grievances")) }
                (super::communities::grievance_table(ctx, &linked))
            }
        }
    }
}

fn milestones(ctx: &Ctx, c: &Commitment, reading: &charts::Reading) -> Markup {
    let add = Form::new(ctx, "add_milestone", c.id.as_str());
    let report = Form::new(ctx, "report_milestone", c.id.as_str());
    let open: Vec<(String, String)> = c
        .milestones
        .iter()
        .enumerate()
        .filter(|(_, m)| m.met_on.is_none())
        .map(|(i, m)| ((i + 1).to_string(), m.title.to_string()))
        .collect();
    html! {
        div #milestones {
            h3 { (ctx.t("milestones-title")) }
            @if c.milestones.is_empty() { p.meta { (ctx.t("milestones-none")) } }
            @for (i, m) in c.milestones.iter().enumerate() {
                article.milestone id={"milestone-" (i + 1)} {
                    h4 { (ctx.number(i as i64 + 1)) ". " bdi { (m.title) } }
                    p {
                        (ctx.ta("milestone-due", &[("date", ctx.day(m.due_on))])) " "
                        @match m.met_on {
                            Some(met) => (tag("green", &ctx.ta("milestone-met", &[("date", ctx.day(met))]))),
                            None if m.overdue_on(ctx.today) => (tag("red", &ctx.t("overdue-tag"))),
                            None => (tag("grey", &ctx.t("milestone-open"))),
                        }
                    }
                    @if let Some(indicator) = &m.indicator {
                        p { strong { (ctx.t("field-indicator")) ": " } bdi { (indicator) }
                            @if let Some(t) = m.target { " · " (ctx.ta("milestone-target", &[("target", ctx.number(t as i64))])) } }
                    }
                    @let values: Vec<(String, u64)> = m.readings.iter().filter_map(|r| r.value.map(|v| (ctx.day(r.on), v))).collect();
                    @if !values.is_empty() { (charts::bars(&m.indicator.as_ref().map_or_else(|| m.title.to_string(), |i| i.to_string()), &values, reading)) }
                    @if !m.readings.is_empty() {
                        ul.readings { @for r in &m.readings { li { (ctx.day(r.on)) @if let Some(v) = r.value { ": " (ctx.number(v as i64)) }
                            @if r.met { " " (tag("green", &ctx.t("milestone-reported-met"))) } @if let Some(n) = &r.note { " — " span dir="auto" { (n) } } } } }
                    }
                }
            }
            @if c.is_open() {
                (add.render(&ctx.t("milestone-add"), &ctx.t("milestone-add-submit"), html! {
                    (add.hidden("commitment", c.id.as_str()))
                    (add.text("title", &ctx.t("field-title"), ""))
                    (add.date("due_on", &ctx.t("field-due-on"), ""))
                    (add.text("indicator", &ctx.t("field-indicator"), ""))
                    (add.number("target:n", &ctx.t("field-target"), ""))
                }))
                @if !open.is_empty() {
                    (report.render(&ctx.t("milestone-report"), &ctx.t("milestone-report-submit"), html! {
                        (report.hidden("commitment", c.id.as_str()))
                        (report.select("milestone:n", &ctx.t("field-milestone"), &open, ""))
                        (report.date("on", &ctx.t("field-on"), &ctx.today.to_string()))
                        (report.number("value:n", &ctx.t("field-value"), ""))
                        (report.checkbox("met", &ctx.t("field-met"), false))
                        (report.textarea("note", &ctx.t("field-note"), ""))
                    }))
                }
            }
        }
    }
}

fn scores(ctx: &Ctx, c: &Commitment) -> Markup {
    let score = Form::new(ctx, "score_implementation", c.id.as_str());
    html! {
        div #scores {
            h3 { (ctx.t("scores-title")) }
            p { (ctx.t("scores-now")) " " (score_tag(ctx, c.score_on(ctx.today).map(|s| s.score))) }
            p.meta { (ctx.t("scores-scale")) }
            @if !c.scores.is_empty() {
                table {
                    thead { tr { th { (ctx.t("field-on")) } th { (ctx.t("results-score")) } th { (ctx.t("scores-by")) } th { (ctx.t("field-evidence")) } } }
                    tbody { @for s in c.scores.iter().rev() { tr {
                        td { (ctx.day(s.scored_on)) }
                        td { (score_tag(ctx, Some(s.score))) }
                        td { (s.scored_by.name) " " span.muted { "(" (s.scored_by.organization) ")" } }
                        td { (tag("grey", &ctx.t(&s.evidence.kind.fluent_id()))) " " span dir="auto" { (s.evidence.description) }
                            @if let Some(u) = &s.evidence.url { " " a href=(u.as_str()) rel="noreferrer" { (ctx.t("field-url")) } } }
                    } } }
                }
            }
            @if c.status != CommitmentStatus::Withdrawn {
                (score.render(&ctx.t("score-add"), &ctx.t("score-add-submit"), html! {
                    (score.hidden("commitment", c.id.as_str()))
                    (score.select("score:n", &ctx.t("results-score"), &score_options(ctx), ""))
                    (score.date("scored_on", &ctx.t("field-on"), &ctx.today.to_string()))
                    (score.select("evidence.kind", &ctx.t("field-evidence-kind"), &choices(ctx, EvidenceKind::ALL, EvidenceKind::as_str, EvidenceKind::fluent_id), ""))
                    (score.textarea("evidence.description", &ctx.t("field-evidence"), ""))
                    (score.text("evidence.url", &ctx.t("field-url"), ""))
                }))
            }
        }
    }
}

/// What the record already holds about delivery: passes issued and crossings
/// recorded per month (movement of people), the incident trend (security).
fn evidence(ctx: &Ctx, c: &Commitment, reading: &charts::Reading) -> Markup {
    let s = ctx.state;
    match c.topic {
        Topic::MovementOfPeople => {
            let mut passes: BTreeMap<String, u64> = BTreeMap::new();
            let mut medical: BTreeMap<String, u64> = BTreeMap::new();
            for p in s.passes.values() {
                let month = p.issued_on.strftime("%Y-%m").to_string();
                *passes.entry(month.clone()).or_default() += 1;
                if p.purpose == PassPurpose::Medical {
                    *medical.entry(month).or_default() += 1;
                }
            }
            let mut crossings: BTreeMap<String, u64> = BTreeMap::new();
            for x in s.crossings.values() {
                *crossings.entry(x.crossed_at.strftime("%Y-%m").to_string()).or_default() += 1;
            }
            let rows = |m: BTreeMap<String, u64>| m.into_iter().collect::<Vec<_>>();
            html! {
                div #record-evidence {
                    h3 { (ctx.t("evidence-on-record")) }
                    p.meta { (ctx.t("evidence-movement-note")) }
                    @if passes.is_empty() && crossings.is_empty() { p.meta { (ctx.t("evidence-none")) } }
                    @if !passes.is_empty() { h4 { (ctx.t("evidence-passes")) } (charts::bars(&ctx.t("evidence-passes"), &rows(passes), reading)) }
                    @if !medical.is_empty() { h4 { (ctx.t("evidence-medical-passes")) } (charts::bars(&ctx.t("evidence-medical-passes"), &rows(medical), reading)) }
                    @if !crossings.is_empty() { h4 { (ctx.t("evidence-crossings")) } (charts::bars(&ctx.t("evidence-crossings"), &rows(crossings), reading)) }
                    p { a href=(Page::Passes(None).href()) { (ctx.t("nav-passes")) } " · " a href=(Page::Crossings(None).href()) { (ctx.t("nav-crossings")) } }
                }
            }
        }
        Topic::Security => {
            let districts: Vec<&str> =
                jirga_core::results::communities_of(s, c).iter().flat_map(|k| k.districts.iter().map(|d| d.place_name())).collect();
            let by_year = super::communities::incidents_by_year(ctx, &districts);
            html! {
                div #record-evidence {
                    h3 { (ctx.t("evidence-on-record")) }
                    p.meta { @if districts.is_empty() { (ctx.t("evidence-incidents-all")) } @else { (ctx.ta("evidence-incidents-districts", &[("districts", districts.join(", "))])) } }
                    @if by_year.is_empty() { p.meta { (ctx.t("incidents-none")) } } @else { (charts::bars(&ctx.t("evidence-incidents"), &by_year, reading)) }
                }
            }
        }
        _ => html! {},
    }
}
