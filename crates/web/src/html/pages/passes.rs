//! Movement passes: the register (searchable), the issue form, a pass's page
//! (holder for pass and border officers, QR, revoke, reprint), the border post
//! (verify a presented pass, record entry or exit) and the crossing log with its
//! anomalies and daily counts per crossing point.

use std::collections::BTreeMap;

use jirga_core::ids::{CrossingId, PassId};
use jirga_core::model::{Anomaly, Direction, DocumentType, PassPurpose, PassStatus, Sex};
use jirga_core::pass::{HolderRecord, Pass, PurposeDetails};
use jirga_passes::verify::Failure;
use maud::{Markup, PreEscaped, html};

use super::Extra;
use crate::html::Page;
use crate::html::layout::{Ctx, Form, choices, history, ledger_ref, paged, tag};

fn status_tag(ctx: &Ctx, pass: &Pass) -> Markup {
    let status = pass.status();
    let expired = pass.valid_until < ctx.today;
    match (status, expired) {
        (PassStatus::Revoked, _) => tag("red", &ctx.t(&status.fluent_id())),
        (_, true) => tag("grey", &ctx.t("pass-expired")),
        _ => tag("green", &ctx.t(&status.fluent_id())),
    }
}

fn point_name(ctx: &Ctx, code: &str) -> String {
    ctx.state.crossing_point_name(code)
}

fn points(ctx: &Ctx, codes: &[jirga_core::pass::PointCode]) -> String {
    codes.iter().map(|c| point_name(ctx, c.as_str())).collect::<Vec<_>>().join(", ")
}

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
                        td { (p.valid_until) }
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

/// The issue form. Posts `issue_pass` with the application's fields; the server
/// shows check-your-answers, then signs and records the pass.
pub fn new(ctx: &Ctx) -> (String, Markup) {
    let title = ctx.t("pass-issue");
    let f = Form::new(ctx, "issue_pass", "new");
    let point_options: Vec<(String, String)> =
        ctx.state.crossing_points.values().map(|p| (p.code.to_string(), p.name.to_string())).collect();
    let in_30 = ctx.today.checked_add(jiff::Span::new().days(30)).unwrap_or(ctx.today).to_string();
    let entries = vec![("single".to_owned(), ctx.t("entries-single")), ("multiple".to_owned(), ctx.t("entries-multiple"))];
    let body = html! {
        h1 { (title) }
        p { (ctx.t("pass-issue-intro")) }
        (f.render(&ctx.t("pass-issue-holder"), &ctx.t("pass-issue-submit"), html! {
            (f.group("holder", &ctx.t("pass-issue-holder"), html! {
                (f.text("holder.name_latin", &ctx.t("field-holder-name-latin"), ""))
                (f.text("holder.name_arabic", &ctx.t("field-holder-name-arabic"), ""))
                (f.select("holder.document_type", &ctx.t("field-holder-document-type"), &choices(ctx, DocumentType::ALL, DocumentType::as_str, DocumentType::fluent_id), ""))
                (f.text("holder.document_number", &ctx.t("field-holder-document-number"), ""))
                (f.date("holder.date_of_birth", &ctx.t("field-holder-date-of-birth"), ""))
                (f.select("holder.sex", &ctx.t("field-holder-sex"), &choices(ctx, Sex::ALL, Sex::as_str, Sex::fluent_id), ""))
                (f.text("holder.nationality", &ctx.t("field-holder-nationality"), "AFG"))
                (f.text("holder.photo_hash", &ctx.t("field-holder-photo-hash"), ""))
            }))
            (f.group("purpose", &ctx.t("field-purpose"), html! {
                (f.select("purpose.kind", &ctx.t("field-purpose-kind"), &choices(ctx, PassPurpose::ALL, PassPurpose::as_str, PassPurpose::fluent_id), ""))
                p.hint { (ctx.t("pass-issue-purpose-hint")) }
                (f.text("purpose.hospital", &ctx.t("field-purpose-hospital"), ""))
                (f.date("purpose.appointment_on", &ctx.t("field-purpose-appointment-on"), ""))
                (f.checkbox("purpose.attendant_allowed", &ctx.t("field-purpose-attendant-allowed"), false))
                (f.text("purpose.organization", &ctx.t("field-purpose-organization"), ""))
                (f.text("purpose.host", &ctx.t("field-purpose-host"), ""))
                (f.text("purpose.event", &ctx.t("field-purpose-event"), ""))
            }))
            (f.text("sponsor", &ctx.t("field-sponsor"), ""))
            (f.checkboxes("crossing_points", &ctx.t("field-crossing-points"), &point_options, &[]))
            (f.date("valid_from", &ctx.t("field-valid-from"), &ctx.today.to_string()))
            (f.date("valid_until", &ctx.t("field-valid-until"), &in_30))
            (f.select("entries.kind", &ctx.t("field-entries-kind"), &entries, "single"))
            (f.number("entries.max:n", &ctx.t("field-entries-max"), ""))
        }))
    };
    (title, body)
}

fn holder_summary(ctx: &Ctx, h: &HolderRecord) -> Markup {
    let a = &h.application;
    html! {
        dl.summary #holder {
            dt { (ctx.t("field-holder-name-latin")) } dd { (a.holder.name_latin) }
            @if let Some(n) = &a.holder.name_arabic { dt { (ctx.t("field-holder-name-arabic")) } dd lang="ps" dir="rtl" { (n) } }
            dt { (ctx.t("field-holder-document-type")) } dd { (ctx.t(&a.holder.document_type.fluent_id())) " " (a.holder.document_number) }
            dt { (ctx.t("field-holder-date-of-birth")) } dd { (a.holder.date_of_birth) }
            dt { (ctx.t("field-holder-sex")) } dd { (ctx.t(&a.holder.sex.fluent_id())) }
            dt { (ctx.t("field-holder-nationality")) } dd { (a.holder.nationality) }
            @if let Some(p) = &a.holder.photo_hash { dt { (ctx.t("field-holder-photo-hash")) } dd { code { (p) } } }
            dt { (ctx.t("field-purpose")) } dd { (purpose_text(ctx, &a.purpose)) }
            dt { (ctx.t("field-sponsor")) } dd { (a.sponsor) }
        }
    }
}

fn purpose_text(ctx: &Ctx, p: &PurposeDetails) -> String {
    let kind = ctx.t(&p.purpose().fluent_id());
    match p {
        PurposeDetails::Medical { hospital, appointment_on, attendant_allowed } => {
            let attendant = if *attendant_allowed { format!(" · {}", ctx.t("field-purpose-attendant-allowed")) } else { String::new() };
            format!("{kind}: {hospital}, {appointment_on}{attendant}")
        }
        PurposeDetails::Business { organization } => format!("{kind}: {organization}"),
        PurposeDetails::FamilyVisit { host } => format!("{kind}: {host}"),
        PurposeDetails::CulturalExchange { event } => format!("{kind}: {event}"),
    }
}

pub fn one(ctx: &Ctx, extra: &Extra, id: &PassId) -> Option<(String, Markup)> {
    let p = ctx.state.passes.get(id)?;
    let holder = extra.holders.get(p.document_id.as_str());
    let revoke = Form::new(ctx, "revoke_pass", id.as_str());
    let crossings: Vec<_> = p.crossings.iter().filter_map(|c| ctx.state.crossings.get(c)).collect();
    let title = ctx.ta("pass-title", &[("id", p.document_id.to_string())]);
    let body = html! {
        span.caption { (ctx.t("pass-caption")) }
        h1 { (title) }
        (ledger_ref(ctx, &p.history))
        p { (status_tag(ctx, p)) }
        div.pass-layout {
            div {
                dl.summary #pass-public {
                    dt { (ctx.t("field-purpose")) } dd { (ctx.t(&p.purpose.fluent_id())) }
                    dt { (ctx.t("field-crossing-points")) } dd { (points(ctx, &p.crossing_points)) }
                    dt { (ctx.t("field-valid-from")) } dd { (p.valid_from) }
                    dt { (ctx.t("field-valid-until")) } dd { (p.valid_until) }
                    dt { (ctx.t("field-entries-max")) } dd { (p.entries.max()) }
                    dt { (ctx.t("field-authority")) } dd { (p.authority) }
                    dt { (ctx.t("field-kid")) } dd { code { (p.kid) } }
                    dt { (ctx.t("field-holder-commitment")) } dd { code.wrap-anywhere { (p.holder_commitment) } }
                    @if let Some(r) = &p.revocation { dt { (ctx.t("pass-revoked-on")) } dd { (r.revoked_on) ": " (r.reason) } }
                }
                h2 { (ctx.t("field-holder")) }
                @match holder {
                    Some(h) => (holder_summary(ctx, h)),
                    None if p.holder_erased => p.meta { (ctx.t("pass-holder-erased")) },
                    None => p.meta { (ctx.t("pass-holder-hidden")) },
                }
            }
            @if let Some(h) = holder {
                figure.qr {
                    @if let Ok(svg) = jirga_hcert::qr::encode_svg(&h.document) { (PreEscaped(svg)) }
                    figcaption {
                        a href={"/passes/" (id) "/card"} #print-card { (ctx.t("pass-print")) } " · "
                        a href={"/passes/" (id) "/qr.png"} #qr-png download={(p.document_id) ".png"} { (ctx.t("pass-download-qr")) }
                    }
                }
            }
        }
        h2 { (ctx.t("crossings-title")) }
        (crossing_table(ctx, &crossings))
        @if p.revocation.is_none() {
            (revoke.render(&ctx.t("pass-revoke"), &ctx.t("pass-revoke-submit"), html! {
                (revoke.hidden("pass", id.as_str()))
                (revoke.date("revoked_on", &ctx.t("field-revoked-on"), &ctx.today.to_string()))
                (revoke.textarea("reason", &ctx.t("field-reason"), ""))
            }))
        }
        (history(ctx, &p.history))
    };
    Some((title, body))
}

fn anomaly_tags(ctx: &Ctx, anomalies: &[Anomaly]) -> Markup {
    html! { @for a in anomalies { (tag("red", &ctx.t(&a.fluent_id()))) " " } }
}

fn crossing_table(ctx: &Ctx, crossings: &[&jirga_core::pass::Crossing]) -> Markup {
    html! {
        table.crossings {
            thead { tr {
                th { (ctx.t("field-crossed-at")) } th { (ctx.t("field-document-id")) } th { (ctx.t("field-crossing-point")) }
                th { (ctx.t("field-direction")) } th { (ctx.t("field-verdict")) } th { (ctx.t("field-anomalies")) }
            } }
            tbody {
                @for c in crossings {
                    tr {
                        td { a href=(Page::Crossing(c.id.clone()).href()) { (c.crossed_at.strftime("%Y-%m-%d %H:%M UTC")) } }
                        td { @match &c.pass { Some(p) => a href=(Page::Pass(p.clone()).href()) { code { (c.document_id) } }, None => code { (c.document_id) } } }
                        td { (point_name(ctx, c.crossing_point.as_str())) }
                        td { (ctx.t(&c.direction.fluent_id())) }
                        td { @match &c.presented.failure { None => (tag("green", &ctx.t("verdict-valid"))), Some(f) => (tag("red", &failure_words(ctx, f.as_str()))) } }
                        td { (anomaly_tags(ctx, &c.anomalies)) }
                    }
                }
            }
        }
    }
}

/// The border post: paste the document or upload a photo of its QR code; the
/// verdict, the holder's details and the buttons to record entry or exit.
pub fn border(ctx: &Ctx, extra: &Extra) -> (String, Markup) {
    let title = ctx.t("border-title");
    let point_options: Vec<(String, String)> =
        ctx.state.crossing_points.values().map(|p| (p.code.to_string(), p.name.to_string())).collect();
    let chosen = extra.border.as_ref().map(|b| b.point.as_str()).unwrap_or("");
    let csrf = ctx.viewer.map(|v| v.csrf.as_str()).unwrap_or_default();
    let body = html! {
        h1 { (title) }
        p { (ctx.t("border-intro")) }
        form.form method="post" action="/border/check" enctype="multipart/form-data" #border-check {
            input type="hidden" name="_csrf" value=(csrf);
            div.field {
                label for="crossing_point" { (ctx.t("field-crossing-point")) }
                select #crossing_point name="crossing_point" {
                    @for (v, t) in &point_options { option value=(v) selected[v == chosen] { (t) } }
                }
            }
            div.field {
                label for="text" { (ctx.t("border-paste")) }
                textarea #text name="text" rows="4" {}
            }
            div.field {
                label for="image" { (ctx.t("border-upload")) }
                span.hint { (ctx.t("border-upload-hint")) }
                input #image type="file" name="image" accept="image/png,image/jpeg";
            }
            button.button type="submit" { (ctx.t("border-check-submit")) }
        }
        @if let Some(b) = &extra.border {
            (verdict_panel(ctx, b, csrf))
        }
    };
    (title, body)
}

fn verdict_panel(ctx: &Ctx, b: &super::BorderCheck, csrf: &str) -> Markup {
    let v = &b.verdict;
    // A closed vocabulary's value in words, when it is one of ours.
    let word = |prefix: &str, value: &str| {
        let id = format!("{prefix}-{}", value.replace('_', "-"));
        if ctx.l.has(&id) { ctx.t(&id) } else { value.to_owned() }
    };
    html! {
        section.panel #verdict {
            @if let Some(error) = &b.error {
                h2 { (ctx.t("border-unreadable")) }
                p.error-message { (error) }
            } @else {
                h2 {
                    @if v.is_valid() { (tag("green", &ctx.t("verdict-valid"))) } @else { (tag("red", &ctx.t("verdict-invalid"))) }
                    " "
                    @if let Some(f) = v.failure() { span #failure { (ctx.t(&format!("failure-{}", f.as_str().replace('_', "-")))) } }
                }
                @if let Some(f) = v.failure() {
                    // What the officer should do, in words; the code is for the call to the issuing office.
                    p.warning #failure-action { (ctx.t(&format!("failure-action-{}", f.as_str().replace('_', "-")))) }
                    p.meta #failure-code { (ctx.t("border-failure-code")) " " code { (f) } }
                }
                @if matches!(v.failure(), Some(Failure::UnknownKey | Failure::Signature)) {
                    p.warning #unverified { (ctx.t("border-unverified")) }
                }
                @if let Some(p) = &v.pass {
                    dl.summary #presented {
                        dt { (ctx.t("field-holder-name-latin")) } dd { (p.name) }
                        @if let Some(n) = &p.name_arabic { dt { (ctx.t("field-holder-name-arabic")) } dd dir="rtl" { (n) } }
                        dt { (ctx.t("field-holder-document-type")) } dd { (word("document-type", &p.document_type)) " " (p.document_number) }
                        dt { (ctx.t("field-holder-date-of-birth")) } dd { (p.dob) }
                        dt { (ctx.t("field-holder-sex")) } dd { (word("sex", &p.sex)) }
                        dt { (ctx.t("field-holder-nationality")) } dd { (p.nationality) }
                        dt { (ctx.t("field-holder-photo-hash")) } dd { code { (p.photo_hash.as_deref().unwrap_or("—")) } }
                        dt { (ctx.t("field-purpose")) } dd { (word("pass-purpose", &p.purpose)) ": " (p.destination)
                            @if let Some(on) = &p.appointment_on { ", " (on) }
                            @if p.attendant_allowed { " · " (ctx.t("field-purpose-attendant-allowed")) } }
                        dt { (ctx.t("field-crossing-points")) } dd { (p.crossing_points.iter().map(|c| point_name(ctx, c)).collect::<Vec<_>>().join(", ")) }
                        dt { (ctx.t("field-valid-until")) } dd { (p.valid_until) }
                        dt { (ctx.t("field-entries-max")) } dd { (p.max_entries) }
                        dt { (ctx.t("field-document-id")) } dd { code { (p.id) } }
                        dt { (ctx.t("field-authority")) } dd { (v.iss.clone().unwrap_or_default()) }
                    }
                } @else if let Some(claims) = &v.claims {
                    pre.claims { (serde_json::to_string_pretty(claims).unwrap_or_default()) }
                }
                @if v.document_id().is_some() && (ctx.may)("record_crossing", None) {
                    @if v.is_valid() {
                        form.form method="post" action="/border/record" #record-crossing {
                            input type="hidden" name="_csrf" value=(csrf);
                            input type="hidden" name="text" value=(b.text);
                            input type="hidden" name="crossing_point" value=(b.point);
                            button.button type="submit" name="direction" value="entry" #record-entry { (ctx.t("border-record-entry")) }
                            " "
                            button.button.secondary type="submit" name="direction" value="exit" #record-exit { (ctx.t("border-record-exit")) }
                        }
                    } @else {
                        // Not an entry: a refused presentation, recorded on purpose as
                        // what it is (an anomaly the issuing office follows up).
                        form.form.refused method="post" action="/border/record" #record-refused {
                            h3 { (ctx.t("border-refused-title")) }
                            p { (ctx.t("border-refused-intro")) }
                            input type="hidden" name="_csrf" value=(csrf);
                            input type="hidden" name="text" value=(b.text);
                            input type="hidden" name="crossing_point" value=(b.point);
                            input type="hidden" name="refused" value="true";
                            button.button.warning type="submit" name="direction" value="entry" #record-refused-entry { (ctx.t("border-record-refused-entry")) }
                            " "
                            button.button.secondary type="submit" name="direction" value="exit" #record-refused-exit { (ctx.t("border-record-refused-exit")) }
                        }
                    }
                }
            }
        }
    }
}

pub fn crossings(ctx: &Ctx, anomaly: Option<&str>, list_page: usize) -> (String, Markup) {
    let title = ctx.t("crossings-title");
    let filter = anomaly.and_then(|a| Anomaly::ALL.iter().copied().find(|x| x.as_str() == a));
    let all: Vec<_> = ctx.state.crossings.values().rev().collect();
    let shown: Vec<_> = all
        .iter()
        .copied()
        .filter(|c| match (anomaly, filter) {
            (None, _) => true,
            (Some("any"), _) => !c.anomalies.is_empty(),
            (Some(_), Some(f)) => c.anomalies.contains(&f),
            (Some(_), None) => false,
        })
        .collect();
    let (shown, pager) = paged(ctx, &shown, list_page);
    // Daily counts per crossing point: (day, point) → (entries, exits, anomalous).
    let mut daily: BTreeMap<(jiff::civil::Date, String), (u32, u32, u32)> = BTreeMap::new();
    for c in &all {
        let day = c.crossed_at.to_zoned(jiff::tz::TimeZone::UTC).date();
        let row = daily.entry((day, c.crossing_point.to_string())).or_default();
        match c.direction {
            Direction::Entry => row.0 += 1,
            Direction::Exit => row.1 += 1,
        }
        row.2 += u32::from(!c.anomalies.is_empty());
    }
    let body = html! {
        h1 { (title) }
        nav.filters aria-label=(ctx.t("crossings-filter")) {
            a href=(Page::Crossings(None).href()) class=[anomaly.is_none().then_some("current")] { (ctx.t("filter-all")) }
            a href=(Page::Crossings(Some("any".into())).href()) class=[(anomaly == Some("any")).then_some("current")] #anomalies-only { (ctx.t("crossings-anomalous")) }
            @for a in Anomaly::ALL {
                a href=(Page::Crossings(Some(a.as_str().into())).href()) class=[(anomaly == Some(a.as_str())).then_some("current")] { (ctx.t(&a.fluent_id())) }
            }
        }
        (crossing_table(ctx, shown))
        (pager)
        h2 { (ctx.t("crossings-daily")) }
        table #daily {
            thead { tr { th { (ctx.t("field-day")) } th { (ctx.t("field-crossing-point")) } th { (ctx.t("direction-entry")) } th { (ctx.t("direction-exit")) } th { (ctx.t("field-anomalies")) } } }
            tbody {
                @for ((day, point), (entries, exits, odd)) in daily.iter().rev() {
                    tr { td { (day) } td { (point_name(ctx, point)) } td { (entries) } td { (exits) } td { (odd) } }
                }
            }
        }
    };
    (title, body)
}

pub fn crossing(ctx: &Ctx, id: &CrossingId) -> Option<(String, Markup)> {
    let c = ctx.state.crossings.get(id)?;
    let title = ctx.ta("crossing-title", &[("id", c.id.to_string())]);
    let body = html! {
        span.caption { (ctx.t("crossing-caption")) }
        h1 { (title) }
        (ledger_ref(ctx, &c.history))
        @if c.anomalies.is_empty() {
            p #anomalies { (tag("green", &ctx.t("crossing-no-anomaly"))) }
        } @else {
            div.error-summary #anomalies role="alert" {
                h4 { (ctx.t("crossing-anomalies")) }
                ul { @for a in &c.anomalies { li { (ctx.t(&a.fluent_id())) } } }
            }
        }
        dl.summary {
            dt { (ctx.t("field-document-id")) } dd { @match &c.pass { Some(p) => a href=(Page::Pass(p.clone()).href()) { code { (c.document_id) } }, None => code { (c.document_id) } } }
            dt { (ctx.t("field-crossing-point")) } dd { (point_name(ctx, c.crossing_point.as_str())) }
            dt { (ctx.t("field-direction")) } dd { (ctx.t(&c.direction.fluent_id())) }
            dt { (ctx.t("field-crossed-at")) } dd { (c.crossed_at.strftime("%Y-%m-%d %H:%M:%S UTC")) }
            dt { (ctx.t("field-verdict")) } dd { @match &c.presented.failure { None => (ctx.t("verdict-valid")), Some(f) => { (failure_words(ctx, f.as_str())) " " span.muted { "(" code { (f) } ")" } } } }
            dt { (ctx.t("field-authority")) } dd { (c.presented.issuer) }
        }
        p { a href=(Page::Border.href()) { (ctx.t("crossing-next")) } }
        (history(ctx, &c.history))
    };
    Some((title, body))
}

/// A verifier's failure code in words (the code itself when it is not one of ours).
fn failure_words(ctx: &Ctx, code: &str) -> String {
    let id = format!("failure-{}", code.replace('_', "-"));
    if ctx.l.has(&id) { ctx.t(&id) } else { code.to_owned() }
}
