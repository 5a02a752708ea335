//! The agreement both sides sign, on a commitment's page: its canonical text
//! (`jirga_core::agreement`), who signed for each party bound, the keys
//! registered, and the forms to register a key, to record a signature made on
//! another instance or offline, and to sign with the key this instance holds
//! for the viewer (`html::agreement`).

use jirga_core::state::Commitment;
use maud::{Markup, html};

use crate::html::layout::{Ctx, Form, people_options, tag};

/// The agreement both sides sign: its canonical text, who signed for each
/// party bound, the keys registered, the forms to register a key and to record
/// a signature made on another instance or offline, and the document to check.
pub fn panel(ctx: &Ctx, c: &Commitment, held_key: Option<&str>) -> Markup {
    let s = ctx.state;
    let register = Form::new(ctx, "register_signing_key", c.id.as_str());
    let cosign = Form::new(ctx, "cosign_agreement", c.id.as_str());
    let bound: Vec<(String, String)> = c.bound.iter().map(|p| (p.to_string(), ctx.party(p))).collect();
    html! {
        section.panel #agreement {
            h2 { (ctx.t("agreement-title")) }
            @match jirga_core::agreement::text(s, &c.id) {
                Err(_) => p.meta { (ctx.t("agreement-not-yet")) },
                Ok(text) => {
                    p { (ctx.t("agreement-intro")) }
                    pre #agreement-text dir="ltr" { (text) }
                    table #agreement-sides {
                        thead { tr { th { (ctx.t("field-party")) } th { (ctx.t("agreement-signature")) } th { (ctx.t("agreement-keys")) } } }
                        tbody {
                            @for party in c.bound.iter().filter_map(|p| s.parties.get(p)) {
                                @let signed = c.signatures.iter().find(|g| g.party == party.id);
                                tr data-party=(party.id) {
                                    td { bdi { (party.name) } }
                                    td { @match signed {
                                        Some(g) => { (tag("green", &ctx.t("agreement-signed"))) " " bdi { (ctx.person(&g.person)) } },
                                        None => (tag("grey", &ctx.t("agreement-unsigned"))),
                                    } }
                                    td { @for k in &party.signing_keys { code dir="ltr" { (k.key.as_str().split('+').next().unwrap_or_default()) } " (" bdi { (ctx.person(&k.person)) } ") " } }
                                }
                            }
                        }
                    }
                    @if c.signatures.len() >= 2 {
                        @let note = format!("{text}\n{}", c.signatures.iter().map(|g| format!("{}\n", g.signature)).collect::<String>());
                        div.checkpoint-proof {
                            pre #agreement-signed dir="ltr" { (note) }
                            @if let Ok(svg) = jirga_hcert::qr::encode_svg(&note) { div.qr aria-label=(ctx.t("agreement-qr")) { (maud::PreEscaped(svg)) } }
                        }
                    }
                    p.meta { a href={"/api/v1/commitments/" (c.id) "/agreement"} { (ctx.t("agreement-document")) } " · " (ctx.t("agreement-offline")) }
                    pre.no-print dir="ltr" { "jirga cosign agreement.json --key MY.key\njirga audit verify-agreement agreement.json" }
                    // The key this instance holds for the viewer, not yet used on this agreement.
                    @if let Some(name) = held_key.filter(|name| !c.signatures.iter().any(|g| g.signature.as_str().starts_with(&format!("\u{2014} {name} ")))) {
                        form.form method="post" action={"/commitments/" (c.id) "/sign"} #sign-held {
                            input type="hidden" name="_csrf" value=(ctx.viewer.map(|v| v.csrf.as_str()).unwrap_or_default());
                            p { (ctx.ta("agreement-sign-held-intro", &[("key", name.to_owned())])) }
                            button.button type="submit" { (ctx.t("agreement-sign-held")) }
                        }
                    }
                    (cosign.render(&ctx.t("agreement-record"), &ctx.t("agreement-record-submit"), html! {
                        (cosign.hidden("commitment", c.id.as_str()))
                        (cosign.text("signature", &ctx.t("agreement-signature-line"), ""))
                    }))
                }
            }
            (register.render(&ctx.t("agreement-register-key"), &ctx.t("agreement-register-key-submit"), html! {
                (register.select("party", &ctx.t("field-party"), &bound, ""))
                (register.select("person", &ctx.t("field-person"), &people_options(ctx), ""))
                (register.text("key", &ctx.t("agreement-key"), ""))
                (register.date("registered_on", &ctx.t("field-on"), &ctx.today.to_string()))
            }))
        }
    }
}
