//! Claims and every party's position on them, side by side, with sources.

use jirga_core::ids::InitiativeId;
use jirga_core::model::{Stance, Topic};
use maud::{Markup, html};

use crate::html::Page;
use crate::html::layout::{Ctx, Form, choices, json_list_link, ledger_ref, paged, party_options, tag, topic_options};

fn stance_class(stance: Stance) -> &'static str {
    match stance {
        Stance::Asserts => "blue",
        Stance::Denies => "red",
        Stance::Neutral => "grey",
    }
}

pub fn claims(ctx: &Ctx, id: &InitiativeId, topic: Option<&str>, list_page: usize) -> Option<(String, Markup)> {
    let s = ctx.state;
    let ini = s.initiatives.get(id)?;
    let title = ctx.t("claims-title");
    let all: Vec<_> = s.claims.values().filter(|c| &c.initiative == id && topic.is_none_or(|t| c.topic.as_str() == t)).collect();
    let (claims, pager) = paged(ctx, &all, list_page);
    let state_claim = Form::new(ctx, "state_claim", id.as_str());
    let position = Form::new(ctx, "record_position", id.as_str());
    let claim_options: Vec<(String, String)> =
        s.claims.values().filter(|c| &c.initiative == id).map(|c| (c.id.to_string(), c.proposition.to_string())).collect();
    let body = html! {
        h1 { (title) }
        (json_list_link(ctx, "claims", Some(id)))
        nav.filters aria-label=(ctx.t("claims-filter")) {
            a href=(Page::Claims(id.clone(), None).href()) class=[topic.is_none().then_some("current")] { (ctx.t("filter-all")) }
            @for t in &ini.topics {
                a href=(Page::Claims(id.clone(), Some(t.as_str().into())).href()) class=[(topic == Some(t.as_str())).then_some("current")] { (ctx.t(&t.fluent_id())) }
            }
        }
        @if claims.is_empty() { p { (ctx.t("claims-none")) } }
        (pager)
        @for c in claims {
            section.panel.claim id=(c.id) {
                h2 { bdi { (c.proposition) } }
                (ledger_ref(ctx, &c.id, &c.history))
                (super::incidents::evidence(ctx, c.id.as_str()))
                p {
                    (tag("grey", &ctx.t(&c.topic.fluent_id())))
                    @if c.is_contested() { " " (tag("red", &ctx.t("claim-contested"))) }
                }
                div.positions {
                    @for p in &c.positions {
                        article.position {
                            h3 { @if let Some(person) = &p.person { bdi { (ctx.person(person)) } " — " } bdi { (ctx.party(&p.party)) } }
                            p { (tag(stance_class(p.stance), &ctx.t(&p.stance.fluent_id()))) " " span.meta { (ctx.day(p.stated_on)) } }
                            blockquote dir="auto" { (p.statement) }
                            p.source {
                                (ctx.t("position-source")) ": " (p.source.publisher) ", "
                                @match &p.source.url { Some(u) => a href=(u.as_str()) rel="noreferrer" { (p.source.title) }, None => em { (p.source.title) } }
                                @if let Some(d) = p.source.published_on { " (" (d) ")" }
                            }
                        }
                    }
                }
            }
        }
        (state_claim.render(&ctx.t("claim-state"), &ctx.t("claim-state-submit"), html! {
            (state_claim.hidden("initiative", id.as_str()))
            (state_claim.textarea("proposition", &ctx.t("field-proposition"), ""))
            (state_claim.select("topic", &ctx.t("field-topic"), &topic_options(ctx, Topic::ALL), topic.unwrap_or("")))
        }))
        (position.render(&ctx.t("position-record"), &ctx.t("position-record-submit"), html! {
            (position.select("claim", &ctx.t("field-claim"), &claim_options, ""))
            (position.select("party", &ctx.t("field-party"), &party_options(ctx), ""))
            (position.select("stance", &ctx.t("field-stance"), &choices(ctx, Stance::ALL, Stance::as_str, Stance::fluent_id), ""))
            (position.textarea("statement", &ctx.t("field-statement"), ""))
            (position.date("stated_on", &ctx.t("field-stated-on"), &ctx.today.to_string()))
            (position.text("source.publisher", &ctx.t("field-publisher"), ""))
            (position.text("source.title", &ctx.t("field-source-title"), ""))
            (position.date("source.published_on", &ctx.t("field-published-on"), ""))
            (position.text("source.url", &ctx.t("field-url"), ""))
        }))
    };
    Some((title, body))
}
