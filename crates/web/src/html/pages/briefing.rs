//! The federal liaison's briefing: one printable page made from the record
//! only — the approval and its terms, the gates and what blocks each,
//! commitments at risk with their PAM score, the incident trend and the last
//! alerts, crossings per crossing point — dated, in the reader's language, and
//! at its foot the ledger checkpoint it was made from (with the witnesses'
//! cosignatures when there are some) and its QR code, so anyone can check the
//! briefing against the record later. The same markup is the page at
//! `/initiatives/{id}/briefing` and the file `jirga brief --output` writes.

use std::collections::BTreeMap;

use jirga_core::decide::approval_in_force;
use jirga_core::gates::gates;
use jirga_core::ids::InitiativeId;
use jirga_core::model::{Direction, Verdict};
use jirga_core::state::Commitment;
use maud::{Markup, PreEscaped, html};

use super::results::score_tag;
use crate::charts;
use crate::html::Page;
use crate::html::layout::{Ctx, tag};

/// Days ahead a commitment due counts as at risk.
const DUE_SOON_DAYS: i32 = 30;
/// Months of incidents the trend shows.
const TREND_MONTHS: u32 = 12;
/// Latest alerts shown.
const LATEST_ALERTS: usize = 5;

/// Why a commitment is at risk on the reading day, if it is.
fn at_risk(ctx: &Ctx, c: &Commitment) -> Vec<String> {
    let mut why = Vec::new();
    if c.has_overdue(ctx.today) {
        why.push(ctx.t("overdue-tag"));
    }
    let soon = ctx.today.checked_add(jiff::Span::new().days(DUE_SOON_DAYS)).unwrap_or(ctx.today);
    if c.is_open() && c.due_on.is_some_and(|d| d >= ctx.today && d <= soon) {
        why.push(ctx.t("briefing-due-soon"));
    }
    if c.assessment.as_ref().is_some_and(|a| a.verdict == Verdict::NeedsConcurrence) && c.concurrence.is_none() && c.is_open() {
        why.push(ctx.t("briefing-awaiting-concurrence"));
    }
    why
}

/// Incidents per month for the twelve months up to the newest on the
/// register, quiet months as zeros (the dashboard's chart rows, from the
/// register's columns).
fn trend(ctx: &Ctx) -> Vec<(String, u64)> {
    use jirga_incidents::stats::{Filter, Group};
    let by_month = ctx.state.incidents.columns().tally(&Filter::default(), Group::Month);
    let Some(newest) = by_month.last().and_then(|t| crate::incidents::month_of(&t.key)) else { return vec![] };
    let from = jirga_incidents::month::YearMonth::from_index(newest.index().saturating_sub(TREND_MONTHS - 1));
    super::incidents::every_month(&by_month, Some(from), Some(newest))
}

pub fn briefing(ctx: &Ctx, id: &InitiativeId, checkpoint: Option<&str>) -> Option<(String, Markup)> {
    let s = ctx.state;
    let ini = s.initiatives.get(id)?;
    let title = ctx.t("briefing-title");
    let latest_request = s.approvals.values().filter(|r| &r.initiative == id).max_by_key(|r| r.requested_on);
    let in_force = approval_in_force(s, id, ctx.today).ok();
    let risks: Vec<(&Commitment, Vec<String>)> =
        s.commitments.values().filter(|c| &c.initiative == id).map(|c| (c, at_risk(ctx, c))).filter(|(_, why)| !why.is_empty()).collect();
    let number = |n: u64| ctx.number(n as i64);
    let reading = charts::Reading { rtl: ctx.l.dir == "rtl", number: &number };
    let by_month = trend(ctx);
    let alerts: Vec<_> = s.incidents.alerts().iter().rev().take(LATEST_ALERTS).collect();
    let mut crossings: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for x in s.crossings.values() {
        let counts = crossings.entry(s.crossing_point_name(x.crossing_point.as_str())).or_default();
        match x.direction {
            Direction::Entry => counts.0 += 1,
            Direction::Exit => counts.1 += 1,
        }
    }
    let open_breaches =
        s.meetings.values().filter(|m| &m.initiative == id && m.breach.as_ref().is_some_and(|b| b.acknowledged.is_none())).count();
    let body = html! {
        article.briefing #briefing {
            span.caption { (ctx.t("briefing-caption")) }
            h1 { (title) ": " bdi { (ini.title) } }
            p.lead #briefing-date { (ctx.ta("briefing-as-of", &[("day", ctx.day(ctx.today))])) }
            @if ctx.viewer.is_some() { p.meta.no-print { a href=(Page::Dashboard(id.clone()).href()) { (ctx.t("nav-dashboard")) } " · " (ctx.t("briefing-print")) } }

            section #briefing-approval {
                h2 { (ctx.t("dashboard-approval")) }
                @match latest_request {
                    None => p { (ctx.t("approval-none")) },
                    Some(req) => {
                        p { (tag("grey", &ctx.t(&req.status().fluent_id()))) " " (ctx.ta("approval-requested-on", &[("date", ctx.day(req.requested_on))])) }
                        @if let Some(d) = &req.decision {
                            @if let Some(terms) = &d.terms { p { strong { (ctx.t("field-terms")) ": " } span dir="auto" { (terms) } } }
                            @if let Some(until) = d.valid_until { p { (ctx.ta("approval-valid-until", &[("date", ctx.day(until))])) } }
                            @if let Some(until) = req.lapsing_on(ctx.today) {
                                p.warning { (ctx.ta("approval-lapsing", &[("date", ctx.day(until)), ("days", ctx.number((until - ctx.today).get_days()))])) }
                            }
                            @if !d.conditions.is_empty() {
                                ul { @for c in &d.conditions { li { span dir="auto" { (c.text) } " — "
                                    @if c.reports.is_empty() { (tag("yellow", &ctx.t("briefing-no-report"))) } @else { (tag("green", &ctx.t("briefing-reported"))) } } } }
                            }
                        }
                    }
                }
                @if latest_request.is_some() && in_force.is_none() { p.warning { (ctx.t("briefing-not-in-force")) } }
                @if open_breaches > 0 { p.warning { (ctx.ta("briefing-open-breaches", &[("count", ctx.number(open_breaches as i64))])) } }
            }

            section #briefing-gates {
                h2 { (ctx.t("dashboard-gates")) }
                table {
                    tbody {
                        @for gate in gates(s, id, ctx.today) {
                            tr { td { (ctx.t(gate.step.fluent_id())) } td { (ctx.t(gate.status.fluent_id())) }
                                td { @if let Some(b) = &gate.blocker { (ctx.l.rule_error(b)) } } }
                        }
                    }
                }
            }

            section #briefing-risks {
                h2 { (ctx.t("briefing-risks")) }
                @if risks.is_empty() { p { (ctx.t("briefing-no-risks")) } }
                @else {
                    table {
                        thead { tr { th { (ctx.t("results-provision")) } th { (ctx.t("field-status")) } th { (ctx.t("field-due-on")) } th { (ctx.t("results-score")) } th { (ctx.t("briefing-why")) } } }
                        tbody {
                            @for (c, why) in &risks {
                                tr { td { bdi { (c.text) } } td { (ctx.t(&c.status.fluent_id())) } td { @if let Some(d) = c.due_on { (ctx.day(d)) } }
                                    td { (score_tag(ctx, c.score_on(ctx.today).map(|s| s.score))) } td { (why.join(" · ")) } }
                            }
                        }
                    }
                }
            }

            section #briefing-incidents {
                h2 { (ctx.t("briefing-incidents")) }
                @if by_month.is_empty() { p.meta { (ctx.t("incidents-none")) } }
                @else { (charts::months(&ctx.t("briefing-incidents"), &by_month, &reading)) }
                h3 { (ctx.t("alerts-latest")) }
                @if alerts.is_empty() { p.meta { (ctx.t("alerts-none")) } }
                ul { @for a in &alerts { li { (a.at.strftime("%Y-%m-%d").to_string()) " — " (super::incidents::alert_line(ctx, &a.alert)) } } }
            }

            section #briefing-agreements {
                h2 { (ctx.t("briefing-agreements")) }
                @let cosigned: Vec<&Commitment> = s.commitments.values().filter(|c| &c.initiative == id && c.signatures.iter().map(|g| &g.party).collect::<std::collections::BTreeSet<_>>().len() >= 2).collect();
                @if cosigned.is_empty() { p.meta { (ctx.t("briefing-no-agreements")) } }
                ul { @for c in &cosigned { li { bdi { (c.text) } " — "
                    @for (i, g) in c.signatures.iter().enumerate() { @if i > 0 { ", " } bdi { (ctx.person(&g.person)) } " (" bdi { (ctx.party(&g.party)) } ")" } } } }
            }

            section #briefing-crossings {
                h2 { (ctx.t("briefing-crossings")) }
                @if crossings.is_empty() { p.meta { (ctx.t("briefing-no-crossings")) } }
                @else {
                    table {
                        thead { tr { th { (ctx.t("field-crossing-point")) } th { (ctx.t("direction-entry")) } th { (ctx.t("direction-exit")) } } }
                        tbody { @for (point, (entries, exits)) in &crossings { tr { td { bdi { (point) } } td { (ctx.number(*entries as i64)) } td { (ctx.number(*exits as i64)) } } } }
                    }
                }
            }

            footer #briefing-checkpoint {
                h2 { (ctx.t("briefing-checkpoint")) }
                @match checkpoint {
                    None => p { (ctx.t("audit-no-checkpoint")) },
                    Some(note) => {
                        @let lines: Vec<&str> = note.lines().collect();
                        p { (ctx.ta("briefing-checkpoint-says", &[("size", lines.get(1).copied().unwrap_or_default().to_owned()), ("root", lines.get(2).copied().unwrap_or_default().to_owned())])) }
                        p.meta { (ctx.ta("briefing-signatures", &[("count", ctx.number(note.matches('\u{2014}').count() as i64))])) }
                        div.checkpoint-proof {
                            pre dir="ltr" { (note) }
                            @if let Ok(svg) = jirga_hcert::qr::encode_svg(note) { div.qr aria-label=(ctx.t("briefing-qr")) { (PreEscaped(svg)) } }
                        }
                        p.meta { (ctx.t("briefing-check")) }
                        pre dir="ltr" { "jirga audit verify-checkpoint checkpoint.txt --log-key LOG_KEY [--witness-key WITNESS_KEY …]" }
                    }
                }
            }
        }
    };
    Some((title, body))
}

/// The briefing as a self-contained HTML file (`jirga brief --output`): the
/// same markup as the page, its stylesheet inside, no menus, no form, no
/// script; in the language `l`, on the reading day `today`.
pub fn document(
    l: &crate::i18n::Localizer,
    state: &jirga_core::State,
    id: &InitiativeId,
    checkpoint: Option<&str>,
    today: jiff::civil::Date,
) -> Option<String> {
    let page = Page::Briefing(id.clone());
    let mut ctx = Ctx::anonymous(l, state, &page);
    ctx.today = today;
    let (title, body) = briefing(&ctx, id, checkpoint)?;
    let css = crate::assets::bytes("jirga.css").map(String::from_utf8_lossy).unwrap_or_default();
    let markup = html! {
        (maud::DOCTYPE)
        html lang=(l.lang) dir=(l.dir) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — " (l.t("app-name")) }
                style { (PreEscaped(css)) }
            }
            body { main #main.wrap { (body) } }
        }
    };
    Some(markup.into_string())
}
