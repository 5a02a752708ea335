//! Reports of militant movement across the border, and the form to add one.

use crate::html::Page;
use crate::html::layout::{Ctx, Form, choices};
use jirga_core::model::MovementDirection;
use jirga_core::state::MovementPlace;
use maud::{Markup, html};

pub fn movements(ctx: &Ctx) -> (String, Markup) {
    let title = ctx.t("movements-title");
    let form = Form::new(ctx, "report_movement", "new");
    let points: Vec<(String, String)> = ctx.state.crossing_points.values().map(|p| (p.code.to_string(), p.name.to_string())).collect();
    let body = html! {
        h1 { (title) }
        p { (ctx.t("movements-lead")) }
        table #movement-list {
            thead { tr { th { (ctx.t("field-observed-on")) } th { (ctx.t("field-where")) } th { (ctx.t("field-direction")) } th { (ctx.t("field-group")) } th { (ctx.t("field-people")) } th { (ctx.t("field-description")) } th { (ctx.t("field-linked-incidents")) } } }
            tbody {
                @for m in ctx.state.movements.values().rev() {
                    tr {
                        td { (ctx.day(m.observed_on)) }
                        td {
                            @match m.place() {
                                Some(MovementPlace::CrossingPoint { code, stretch }) => {
                                    (ctx.state.crossing_point_name(code.as_str())) @if let Some(s) = stretch { " (" (s) ")" }
                                }
                                Some(MovementPlace::BorderStretch(s)) => (s),
                                None => "—",
                            }
                        }
                        td { (ctx.t(&m.direction.fluent_id())) }
                        td { (m.group) }
                        td { @if let Some(n) = m.people { (n) } }
                        td { (m.description) br; span.meta { (m.source.publisher) ", " (m.source.title) } }
                        td { @for (k, i) in m.incidents.iter().enumerate() { @if k > 0 { ", " } a href=(Page::Incident(i.to_string()).href()) { (i) } } }
                    }
                }
            }
        }
        (form.render(&ctx.t("movements-add"), &ctx.t("movements-add-submit"), html! {
            (form.select("crossing_point", &ctx.t("field-crossing-point"), &points, ""))
            (form.text("border_stretch", &ctx.t("field-border-stretch"), ""))
            (form.date("observed_on", &ctx.t("field-observed-on"), ""))
            (form.select("direction", &ctx.t("field-direction"), &choices(ctx, MovementDirection::ALL, |d| d.as_str(), |d| d.fluent_id()), "into_pakistan"))
            (form.text("group", &ctx.t("field-group"), ""))
            (form.number("people:n", &ctx.t("field-people"), ""))
            (form.textarea("description", &ctx.t("field-description"), ""))
            (form.text("source.publisher", &ctx.t("field-publisher"), ""))
            (form.text("source.title", &ctx.t("field-source-title"), ""))
            (form.date("source.published_on", &ctx.t("field-published-on"), ""))
            (form.text("incidents[]", &ctx.t("field-linked-incidents"), ""))
        }))
    };
    (title, body)
}
