//! The audit pages: the latest signed checkpoint, the public key, how to verify
//! the record offline, and one entry's inclusion proof with the command that checks it.

use jirga_ledger::tree::b64;
use maud::{Markup, html};

use super::Extra;
use crate::html::Page;
use crate::html::layout::Ctx;

pub fn audit(ctx: &Ctx, extra: &Extra) -> (String, Markup) {
    let title = ctx.t("audit-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("audit-intro")) }
        h2 { (ctx.t("audit-checkpoint")) }
        @match &extra.checkpoint {
            Some(note) => pre #checkpoint { (note) },
            None => p { (ctx.t("audit-no-checkpoint")) },
        }
        p.meta { (ctx.ta("audit-size", &[("size", extra.ledger_size.to_string())])) " "
            a href="/api/v1/ledger/checkpoint" { "/api/v1/ledger/checkpoint" } }
        h2 { (ctx.t("audit-public-key")) }
        @if let Some(key) = &extra.public_key { pre #public-key { (key) } }
        p.meta { a href="/api/v1/ledger/public-key" { "/api/v1/ledger/public-key" } }
        (witnesses(ctx, extra))
        h2 { (ctx.t("audit-offline")) }
        ol.steps {
            li { (ctx.t("audit-step-export")) pre { "jirga ledger export --output bundle.json" } }
            li { (ctx.t("audit-step-bundle")) pre { "jirga audit verify-bundle bundle.json" } }
            li { (ctx.t("audit-step-record")) }
            li { (ctx.t("audit-step-consistency"))
                pre { "curl -s 'SERVER/api/v1/ledger/consistency?size1=OLD_SIZE'\njirga audit verify-consistency --size1 OLD_SIZE --size2 NEW_SIZE --root1 OLD_ROOT --root2 NEW_ROOT --proof P1,P2,..." } }
        }
        p { (ctx.t("audit-store-check")) pre { "jirga ledger verify --data-dir DIR" } }
    };
    (title, body)
}

/// Who witnesses the record: each witness, the size it cosigned up to and
/// when, and the newest checkpoint a quorum cosigned with the command that checks it.
fn witnesses(ctx: &Ctx, extra: &Extra) -> Markup {
    html! {
        h2 { (ctx.t("audit-witnesses")) }
        @match &extra.witnesses {
            None => p.meta #no-witnesses { (ctx.t("audit-no-witnesses")) },
            Some((quorum, rows, cosigned)) => {
                p { (ctx.ta("audit-witness-quorum", &[("quorum", ctx.number(*quorum as i64)), ("count", ctx.number(rows.len() as i64))])) }
                table #witnesses {
                    thead { tr { th { (ctx.t("audit-witness")) } th { (ctx.t("audit-witness-size")) } th { (ctx.t("audit-witness-at")) } th { (ctx.t("audit-witness-problem")) } } }
                    tbody {
                        @for (name, url, _, status) in rows {
                            tr data-witness=(name) data-size=(status.size) {
                                td { code dir="ltr" { (name) } br; span.meta dir="ltr" { (url) } }
                                td { @if status.cosigned.is_some() { (ctx.number(status.size as i64)) } @else { "—" } }
                                td { @if let Some(at) = status.at.and_then(|at| jiff::Timestamp::from_second(at as i64).ok()) { (at.strftime("%Y-%m-%d %H:%M:%S UTC")) } }
                                td { @if let Some(e) = &status.error { span.error-message { (e) } } }
                            }
                        }
                    }
                }
                @if let Some(note) = cosigned {
                    h3 { (ctx.t("audit-cosigned-checkpoint")) }
                    pre #cosigned-checkpoint { (note) }
                    @let keys: String = rows.iter().map(|(_, _, vkey, _)| format!(" --witness-key {vkey}")).collect();
                    pre { "curl -s SERVER/api/v1/ledger/checkpoint > checkpoint.txt\njirga audit verify-checkpoint checkpoint.txt --log-key "
                        (extra.public_key.as_deref().unwrap_or("LOG_KEY")) (keys) " --quorum " (quorum) }
                }
            }
        }
    }
}

pub fn proof(ctx: &Ctx, extra: &Extra, index: u64) -> Option<(String, Markup)> {
    let proof = match extra.proof.as_ref()? {
        Ok(p) => p,
        Err(_) => return None,
    };
    let title = ctx.ta("proof-title", &[("index", index.to_string())]);
    let proof_arg: Vec<String> = proof.proof.iter().map(b64).collect();
    let command = format!(
        "jirga audit verify-inclusion --leaf-hash {} --index {} --size {} --root {} --proof \"{}\"",
        b64(&proof.leaf_hash),
        proof.index,
        proof.size,
        b64(&proof.root),
        proof_arg.join(",")
    );
    let body = html! {
        span.caption { (ctx.t("audit-title")) }
        h1 { (title) }
        p { (ctx.t("proof-intro")) " " a href=(Page::Events(Some(index)).href()) { (ctx.t("record-ledger-link")) } }
        dl.summary {
            dt { (ctx.t("proof-leaf-hash")) } dd { code #leaf-hash { (b64(&proof.leaf_hash)) } }
            dt { (ctx.t("proof-size")) } dd { (proof.size) }
            dt { (ctx.t("proof-root")) } dd { code #root { (b64(&proof.root)) } }
            dt { (ctx.t("proof-path")) } dd { ol { @for h in &proof_arg { li { code { (h) } } } } }
        }
        h2 { (ctx.t("proof-check")) }
        pre #verify-command { (command) }
        h2 { (ctx.t("audit-checkpoint")) }
        @if let Some(note) = &extra.checkpoint { pre { (note) } }
        @if let Some(key) = &extra.public_key { p.meta { (ctx.t("audit-public-key")) ": " code { (key) } } }
    };
    Some((title, body))
}
