//! The border post: verify a presented pass, record entry or exit.

use super::Extra;
use crate::html::layout::{Ctx, tag};
use jirga_passes::verify::Failure;
use maud::{Markup, html};

use super::*;

/// The border post: paste the document or upload a photo of its QR code; the
/// verdict, the holder's details and the buttons to record entry or exit.
pub fn border(ctx: &Ctx, extra: &Extra) -> (String, Markup) {
    let title = ctx.t("border-title");
    // An officer posted at crossing points checks there (any point verifies,
    // but a crossing is recorded only at one's posts); the first is preselected.
    let posts = ctx.viewer.map(|v| v.principal.posts.as_slice()).unwrap_or_default();
    let point_options: Vec<(String, String)> = ctx
        .state
        .crossing_points
        .values()
        .filter(|p| posts.is_empty() || posts.iter().any(|post| post == p.code.as_str()))
        .map(|p| (p.code.to_string(), p.name.to_string()))
        .collect();
    let chosen = extra.border.as_ref().map(|b| b.point.as_str()).or(posts.first().map(String::as_str)).unwrap_or("");
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

fn verdict_panel(ctx: &Ctx, b: &crate::html::pages::BorderCheck, csrf: &str) -> Markup {
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
                    div.with-photo {
                    (holder_photo(ctx, &b.photo, p.photo_hash.as_deref()))
                    dl.summary #presented {
                        dt { (ctx.t("field-holder-name-latin")) } dd { (p.name) }
                        @if let Some(n) = &p.name_arabic { dt { (ctx.t("field-holder-name-arabic")) } dd dir="rtl" { (n) } }
                        dt { (ctx.t("field-holder-document-type")) } dd { (word("document-type", &p.document_type)) " " (p.document_number) }
                        dt { (ctx.t("field-holder-date-of-birth")) } dd { (p.dob) }
                        dt { (ctx.t("field-holder-sex")) } dd { (word("sex", &p.sex)) }
                        dt { (ctx.t("field-holder-nationality")) } dd { (p.nationality) }
                        dt { (ctx.t("field-purpose")) } dd { (word("pass-purpose", &p.purpose)) ": " (p.destination)
                            @if let Some(on) = &p.appointment_on { ", " (on) }
                            @if p.attendant_allowed { " · " (ctx.t("field-purpose-attendant-allowed")) } }
                        dt { (ctx.t("field-crossing-points")) } dd { (p.crossing_points.iter().map(|c| point_name(ctx, c)).collect::<Vec<_>>().join(", ")) }
                        dt { (ctx.t("field-valid-until")) } dd { (p.valid_until) }
                        dt { (ctx.t("field-entries-max")) } dd { (ctx.number(p.max_entries)) }
                        dt { (ctx.t("field-document-id")) } dd { code { (p.id) } }
                        dt { (ctx.t("field-authority")) } dd { (v.iss.clone().unwrap_or_default()) }
                    }
                    }
                } @else if let Some(claims) = &v.claims {
                    pre.claims { (serde_json::to_string_pretty(claims).unwrap_or_default()) }
                }
                // Judged on the crossing point's record, as the command will be.
                @let point_record = ctx.state.crossing_point(&b.point).map(|p| p.id.to_string());
                @if v.document_id().is_some() && (ctx.may)("record_crossing", point_record.as_deref()) {
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
