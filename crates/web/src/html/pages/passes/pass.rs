//! One pass: its holder (for those who may see holders), QR, crossings,
//! revocation and reprint.

use super::Extra;
use crate::html::layout::{Ctx, Form, history, ledger_ref};
use jirga_core::ids::PassId;
use jirga_core::pass::{HolderRecord, PurposeDetails};
use maud::{Markup, PreEscaped, html};

use super::*;

fn holder_summary(ctx: &Ctx, h: &HolderRecord) -> Markup {
    let a = &h.application;
    html! {
        dl.summary #holder {
            dt { (ctx.t("field-holder-name-latin")) } dd { (a.holder.name_latin) }
            @if let Some(n) = &a.holder.name_arabic { dt { (ctx.t("field-holder-name-arabic")) } dd lang="ps" dir="rtl" { (n) } }
            dt { (ctx.t("field-holder-document-type")) } dd { (ctx.t(&a.holder.document_type.fluent_id())) " " (a.holder.document_number) }
            dt { (ctx.t("field-holder-date-of-birth")) } dd { (ctx.day(a.holder.date_of_birth)) }
            dt { (ctx.t("field-holder-sex")) } dd { (ctx.t(&a.holder.sex.fluent_id())) }
            dt { (ctx.t("field-holder-nationality")) } dd { (a.holder.nationality) }
            @if let Some(p) = &a.holder.photo_hash { dt { (ctx.t("field-holder-photo-hash")) } dd { code.hash dir="ltr" { (p) } } }
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
        (ledger_ref(ctx, &p.id, &p.history))
        p { (status_tag(ctx, p)) }
        div.pass-layout {
            div {
                dl.summary #pass-public {
                    dt { (ctx.t("field-purpose")) } dd { (ctx.t(&p.purpose.fluent_id())) }
                    dt { (ctx.t("field-crossing-points")) } dd { (points(ctx, &p.crossing_points)) }
                    dt { (ctx.t("field-valid-from")) } dd { (ctx.day(p.valid_from)) }
                    dt { (ctx.t("field-valid-until")) } dd { (ctx.day(p.valid_until)) }
                    dt { (ctx.t("field-entries-max")) } dd { (ctx.number(p.entries.max())) }
                    dt { (ctx.t("field-authority")) } dd { (p.authority) }
                    dt { (ctx.t("field-kid")) } dd { code { (p.kid) } }
                    dt { (ctx.t("field-holder-commitment")) } dd { code.wrap-anywhere { (p.holder_commitment) } }
                    @if let Some(r) = &p.revocation { dt { (ctx.t("pass-revoked-on")) } dd { (ctx.day(r.revoked_on)) ": " (r.reason) } }
                }
                h2 { (ctx.t("field-holder")) }
                @match holder {
                    Some(h) => div.with-photo {
                        @if let Some(photo) = &extra.photo {
                            (holder_photo(ctx, photo, h.application.holder.photo_hash.as_ref().map(|x| x.as_str())))
                        }
                        (holder_summary(ctx, h))
                    },
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
