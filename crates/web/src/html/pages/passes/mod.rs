//! Movement passes: the register (searchable), the issue form, a pass's page
//! (holder for pass and border officers, QR, revoke, reprint), the border post
//! (verify a presented pass, record entry or exit) and the crossing log with its
//! anomalies and daily counts per crossing point.
//!
//! One module per page; what several pages show is here.

mod border;
mod crossings;
mod list;
mod new;
mod pass;

pub use border::border;
pub use crossings::{crossing, crossings};
pub use list::list;
pub use new::new;
pub use pass::one;

use super::Extra;
use crate::html::Page;
use crate::html::layout::{Ctx, tag};
use crate::passes::PhotoOnFile;
use jirga_core::model::{Anomaly, PassStatus};
use jirga_core::pass::Pass;
use maud::{Markup, html};

fn status_tag(ctx: &Ctx, pass: &Pass) -> Markup {
    let status = pass.status();
    let expired = pass.valid_until < ctx.today;
    match (status, expired) {
        (PassStatus::Revoked, _) => tag("red", &ctx.t(&status.fluent_id())),
        (_, true) => tag("grey", &ctx.t("pass-expired")),
        _ => tag("green", &ctx.t(&status.fluent_id())),
    }
}

/// The holder's photo beside a pass, or what its absence means and what to do:
/// the officer matches the face to the photo the pass was signed with, and
/// only to that one.
fn holder_photo(ctx: &Ctx, photo: &PhotoOnFile, signed_hash: Option<&str>) -> Markup {
    html! {
        figure.holder-photo-panel #holder-photo {
            @match (photo, signed_hash) {
                (PhotoOnFile::Matches(_), _) => {
                    img.holder-photo src=[photo.data_url()] alt=(ctx.t("photo-alt"));
                    figcaption { (ctx.t("photo-matches")) }
                }
                (PhotoOnFile::Mismatch, _) => {
                    figcaption.warning #photo-mismatch { (ctx.t("photo-mismatch")) }
                }
                (PhotoOnFile::None, Some(_)) => { figcaption #photo-not-here { (ctx.t("photo-not-here")) } }
                (PhotoOnFile::None, None) => { figcaption #photo-none { (ctx.t("photo-none")) } }
            }
        }
    }
}

fn point_name(ctx: &Ctx, code: &str) -> String {
    ctx.state.crossing_point_name(code)
}

fn points(ctx: &Ctx, codes: &[jirga_core::pass::PointCode]) -> String {
    codes.iter().map(|c| point_name(ctx, c.as_str())).collect::<Vec<_>>().join(", ")
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

/// A verifier's failure code in words (the code itself when it is not one of ours).
fn failure_words(ctx: &Ctx, code: &str) -> String {
    let id = format!("failure-{}", code.replace('_', "-"));
    if ctx.l.has(&id) { ctx.t(&id) } else { code.to_owned() }
}
