//! The results tracker (after Decidim's accountability module and the Peace
//! Accords Matrix): every commitment of an initiative as a provision with its
//! status, PAM score, progress, overdue flags and the communities concerned,
//! filterable in the URL, with the share of commitments by score over time,
//! exports in the PAM shape (CSV and JSON, from the API) and a print style.

use jirga_core::ids::InitiativeId;
use jirga_core::model::{CommitmentStatus, PAM_SCORES, Topic};
use jirga_core::results::{Provision, provisions, score_shares};
use maud::{Markup, html};

use crate::html::layout::{Ctx, tag};
use crate::html::{Page, ResultsQuery};

/// The colour of a PAM score's tag and bar (0 red … 3 green; none grey).
pub fn score_class(score: Option<u8>) -> &'static str {
    match score {
        Some(0) => "red",
        Some(1) => "yellow",
        Some(2) => "blue",
        Some(_) => "green",
        None => "grey",
    }
}

/// A PAM score as a tag: "2 — intermediate".
pub fn score_tag(ctx: &Ctx, score: Option<u8>) -> Markup {
    match score {
        Some(n) => tag(score_class(Some(n)), &ctx.ta("pam-score", &[("score", ctx.number(n)), ("meaning", ctx.t(&format!("pam-{n}")))])),
        None => tag("grey", &ctx.t("pam-unscored")),
    }
}

pub fn results(ctx: &Ctx, id: &InitiativeId, q: &ResultsQuery) -> Option<(String, Markup)> {
    let s = ctx.state;
    let ini = s.initiatives.get(id)?;
    let title = ctx.t("results-title");
    let filter = q.filter();
    let rows = provisions(s, id, ctx.today, &filter);
    let shares = score_shares(&rows, s, ini.launched_on, ctx.today);
    let link = |f: ResultsQuery| Page::Results(id.clone(), f).href();
    let export = |format: &str| format!("/api/v1/initiatives/{id}/results?format={format}{}", q.query_tail());
    let phases: Vec<u32> = ini.phases.iter().filter_map(|p| s.phases.get(p)).map(|p| p.number).collect();
    let body = html! {
        h1 { (title) }
        p.lead { (ctx.t("results-lead")) }
        p.meta.no-print #exports {
            a href=(export("csv")) { (ctx.t("results-export-csv")) } " · "
            a href=(export("json")) { (ctx.t("results-export-json")) } " · "
            (ctx.ta("results-reading-day", &[("day", ctx.day(ctx.today))]))
        }
        nav.filters.no-print aria-label=(ctx.t("field-phase")) {
            a href=(link(ResultsQuery { phase: None, ..q.clone() })) class=[q.phase.is_none().then_some("current")] { (ctx.t("filter-all")) }
            @for n in &phases {
                a href=(link(ResultsQuery { phase: Some(*n), ..q.clone() })) class=[(q.phase == Some(*n)).then_some("current")] { (ctx.ta("phase-number", &[("n", n.to_string())])) }
            }
        }
        nav.filters.no-print aria-label=(ctx.t("field-topic")) {
            a href=(link(ResultsQuery { topic: None, ..q.clone() })) class=[q.topic.is_none().then_some("current")] { (ctx.t("filter-all")) }
            @for t in Topic::ALL.iter().filter(|t| ini.topics.contains(t)) {
                a href=(link(ResultsQuery { topic: Some(t.as_str().into()), ..q.clone() })) class=[(q.topic.as_deref() == Some(t.as_str())).then_some("current")] { (ctx.t(&t.fluent_id())) }
            }
        }
        nav.filters.no-print aria-label=(ctx.t("results-flags")) {
            a href=(link(ResultsQuery { cbm: !q.cbm, ..q.clone() })) class=[q.cbm.then_some("current")] aria-current=[q.cbm.then_some("true")] { (ctx.t("results-only-measures")) }
            a href=(link(ResultsQuery { overdue: !q.overdue, ..q.clone() })) class=[q.overdue.then_some("current")] aria-current=[q.overdue.then_some("true")] { (ctx.t("results-only-overdue")) }
        }
        h2 { (ctx.t("results-by-score")) }
        (score_chart(ctx, &shares))
        h2 { (ctx.ta("results-count", &[("count", ctx.number(rows.len() as i64))])) }
        @if rows.is_empty() { p #no-results { (ctx.t("results-none")) } }
        @else {
            table #results {
                thead { tr {
                    th { (ctx.t("results-provision")) } th { (ctx.t("field-phase")) } th { (ctx.t("field-topic")) } th { (ctx.t("field-status")) }
                    th { (ctx.t("results-score")) } th { (ctx.t("commitment-progress")) } th { (ctx.t("field-due-on")) } th { (ctx.t("results-communities")) }
                } }
                tbody { @for p in &rows { (row(ctx, p)) } }
            }
        }
    };
    Some((title, body))
}

fn row(ctx: &Ctx, p: &Provision<'_>) -> Markup {
    html! {
        tr.provision data-overdue=(p.overdue || !p.overdue_milestones.is_empty()) {
            td { a href=(Page::Commitment(p.id.clone()).href()) { bdi { (p.text) } }
                @if p.confidence_building { " " (tag("blue", &ctx.t("cbm-tag"))) } }
            td { (ctx.number(p.phase)) }
            td { (ctx.t(&p.topic.fluent_id())) }
            td { (tag(match p.status { CommitmentStatus::Fulfilled => "green", CommitmentStatus::Lapsed | CommitmentStatus::Withdrawn => "red", _ => "grey" }, &ctx.t(&p.status.fluent_id()))) }
            td { (score_tag(ctx, p.score.map(|s| s.score))) }
            td { @if let Some(x) = p.progress { (ctx.number(x)) "%" } }
            td { @if let Some(d) = p.due_on { (ctx.day(d)) }
                @if p.overdue { " " (tag("red", &ctx.t("overdue-tag"))) }
                @if !p.overdue_milestones.is_empty() {
                    " " (tag("red", &ctx.ta("overdue-milestones", &[("count", ctx.number(p.overdue_milestones.len() as i64))]))) } }
            td { @for (i, c) in p.communities.iter().enumerate() { @if i > 0 { ", " } bdi { (c) } } }
        }
    }
}

/// One month's stacked bar: where it stands, its month, and its segments
/// (score, count, top, height) from the axis up.
struct MonthBar {
    x: f64,
    month: String,
    segments: Vec<(usize, u32, f64, f64)>,
}

/// Stacked bars, one per month: how many commitments stood at each score
/// (and unscored) at its end. Drawn on the server like every chart; mirrored
/// for a right-to-left reader; every segment titled with its count.
fn score_chart(ctx: &Ctx, shares: &[(jiff::civil::Date, [u32; 5])]) -> Markup {
    let (width, height, left, bottom) = (720.0_f64, 180.0_f64, 8.0_f64, 22.0_f64);
    let rtl = ctx.l.dir == "rtl";
    let n = shares.len().max(1) as f64;
    let step = (width - 2.0 * left) / n;
    let bar = (step * 0.8).clamp(1.0, 40.0);
    let max = shares.iter().map(|(_, c)| c.iter().sum::<u32>()).max().unwrap_or(0).max(1) as f64;
    let plot_h = height - bottom - 6.0;
    let classes = ["red", "yellow", "blue", "green", "grey"];
    let label = |i: usize| if i < 4 { ctx.t(&format!("pam-{i}")) } else { ctx.t("pam-unscored") };
    let bars: Vec<MonthBar> = shares
        .iter()
        .enumerate()
        .map(|(i, (month, counts))| {
            let x0 = left + i as f64 * step + (step - bar) / 2.0;
            let x = if rtl { width - x0 - bar } else { x0 };
            let mut top = height - bottom;
            let segments = counts
                .iter()
                .enumerate()
                .filter(|(_, c)| **c > 0)
                .map(|(k, count)| {
                    let h = f64::from(*count) / max * plot_h;
                    top -= h;
                    (k, *count, top, h)
                })
                .collect();
            MonthBar { x, month: month.strftime("%Y-%m").to_string(), segments }
        })
        .collect();
    // Every month labelled while they fit; past a year, the first and each January.
    let first = bars.first().map(|b| b.month.clone()).unwrap_or_default();
    let labelled = |month: &str| shares.len() <= 12 || month == first || month.ends_with("-01");
    html! {
        figure.chart #score-chart {
            svg.chart viewBox={"0 0 " (width) " " (height)} role="img" aria-label=(ctx.t("results-by-score")) direction=(if rtl { "rtl" } else { "ltr" }) {
                @for MonthBar { x, month, segments } in &bars {
                    @for (k, count, y, h) in segments {
                        rect class={"bar tag-" (classes[*k])} x=(format!("{x:.1}")) y=(format!("{y:.1}")) width=(format!("{bar:.1}")) height=(format!("{h:.1}"))
                            data-month=(month) data-score=(k) data-count=(count) {
                            title { (month) ": " (label(*k)) " — " (ctx.number(*count)) }
                        }
                    }
                    @if labelled(month) {
                        text x=(format!("{:.1}", x + bar / 2.0)) y=(height - 6.0) text-anchor="middle" class="axis" { (ctx.formats().digits(month)) }
                    }
                }
            }
            figcaption.legend {
                @for k in (0..5).rev() { span { (tag(classes[k], &label(k))) } " " }
            }
        }
    }
}

/// The PAM scale in words, for forms.
pub fn score_options(ctx: &Ctx) -> Vec<(String, String)> {
    PAM_SCORES.map(|n| (n.to_string(), ctx.ta("pam-score", &[("score", ctx.number(n)), ("meaning", ctx.t(&format!("pam-{n}")))]))).collect()
}
