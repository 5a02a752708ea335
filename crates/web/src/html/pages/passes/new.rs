//! The form to issue a pass.

use crate::html::border::{PHOTO_KEPT, PHOTO_UPLOAD};
use crate::html::layout::{Ctx, Form, choices};
use jirga_core::model::{DocumentType, PassPurpose, Sex};
use maud::{Markup, html};

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
                (f.photo(PHOTO_UPLOAD, PHOTO_KEPT, &ctx.t("field-holder-photo"), &ctx.t("field-holder-photo-hint")))
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
