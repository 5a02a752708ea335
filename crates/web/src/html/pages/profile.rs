//! The signed-in person's own page: who the record knows them as (name,
//! organization, roles, posts) and how they read it — their language and the
//! calendar of their dates, kept on their account.

use jirga_dates::Calendar;
use maud::{Markup, html};

use crate::html::layout::Ctx;

pub fn profile(ctx: &Ctx) -> (String, Markup) {
    let title = ctx.t("profile-title");
    let Some(viewer) = ctx.viewer else { return (title, html! {}) };
    let p = &viewer.principal;
    let offered: Vec<_> = crate::i18n::LOCALES.iter().filter(|l| l.offered).collect();
    let body = html! {
        h1 { (title) }
        dl.summary #profile-who {
            dt { (ctx.t("field-name")) } dd { bdi { (p.actor.name) } }
            dt { (ctx.t("field-organization")) } dd { bdi { (p.actor.organization) } }
            dt { (ctx.t("profile-roles")) } dd { (p.roles.iter().map(|r| ctx.t(&r.fluent_id())).collect::<Vec<_>>().join(", ")) }
            @if !p.posts.is_empty() {
                dt { (ctx.t("profile-posts")) } dd { (p.posts.iter().map(|c| ctx.state.crossing_point_name(c)).collect::<Vec<_>>().join(", ")) }
            }
        }
        form.form method="post" action="/profile" #profile-reading {
            h2 { (ctx.t("profile-reading")) }
            input type="hidden" name="_csrf" value=(viewer.csrf);
            fieldset {
                legend { (ctx.t("language-switcher")) }
                @for locale in &offered {
                    div.radio {
                        input type="radio" name="locale" id={"locale-" (locale.tag)} value=(locale.tag) checked[locale.tag == ctx.l.lang];
                        label for={"locale-" (locale.tag)} lang=(locale.tag) dir=(locale.dir) { (locale.native_name) }
                    }
                }
            }
            fieldset {
                legend { (ctx.t("profile-calendar")) }
                span.hint #calendar-hint { (ctx.t("profile-calendar-hint")) }
                @for calendar in Calendar::ALL {
                    div.radio {
                        input type="radio" name="calendar" id={"calendar-" (calendar.as_str())} value=(calendar.as_str())
                            checked[calendar == viewer.calendar] aria-describedby="calendar-hint";
                        label for={"calendar-" (calendar.as_str())} { (ctx.t(&format!("calendar-{}", calendar.as_str().replace('_', "-")))) }
                    }
                }
            }
            p.meta #calendar-example { (ctx.t("profile-today")) " " (ctx.day(ctx.today)) }
            button.button type="submit" { (ctx.t("profile-save")) }
        }
    };
    (title, body)
}
