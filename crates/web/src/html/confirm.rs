//! "Check your answers": before a binding action (a federal approval decision, an
//! agreed commitment, a federal concurrence) the person sees what will be recorded
//! and confirms it. The confirmation re-posts the same fields with `_confirmed`;
//! "change" re-posts them with `_change`, which shows the form again as it was filled.

use jirga_core::Command;
use jirga_core::model::CommitmentStatus;
use maud::{Markup, html};

use super::layout::{Ctx, page};

/// Whether a command binds the province or the federal government.
pub fn needs_confirmation(command: &Command) -> bool {
    matches!(
        command,
        Command::DecideApproval { .. }
            | Command::SuspendApproval { .. }
            | Command::WithdrawApproval { .. }
            | Command::ChangeCommitmentStatus { to: CommitmentStatus::Agreed, .. }
            | Command::ConcurWithCommitment { .. }
    )
}

/// The Fluent prefix naming the values of a field, for fields of a closed vocabulary.
fn value_prefix(field: &str) -> Option<&'static str> {
    match field {
        "decision" => Some("decision"),
        "to" => Some("commitment-status"),
        "topics" | "approved_topics" => Some("topic"),
        "areas" => Some("area"),
        "holder.document_type" => Some("document-type"),
        "holder.sex" => Some("sex"),
        "purpose.kind" => Some("pass-purpose"),
        "entries.kind" => Some("entries"),
        _ => None,
    }
}

fn field_name(raw: &str) -> &str {
    let name = raw.strip_suffix("[]").unwrap_or(raw);
    name.strip_suffix(":n").or_else(|| name.strip_suffix(":b")).unwrap_or(name)
}

/// The check-your-answers page for `pairs` (the submitted form).
pub fn page_for(ctx: &Ctx, pairs: &[(String, String)]) -> Markup {
    let title = ctx.t("confirm-title");
    // One row per field, repeated values joined.
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    for (raw, value) in pairs.iter().filter(|(k, v)| !k.starts_with('_') && k != "type" && !v.trim().is_empty()) {
        let field = field_name(raw);
        let shown = match value_prefix(field) {
            Some(prefix) => ctx.t(&format!("{prefix}-{}", value.replace('_', "-"))),
            None if raw.ends_with(":b") => ctx.t(if value == "true" { "confirm-yes" } else { "confirm-no" }),
            None => value.clone(),
        };
        match rows.iter_mut().find(|(f, _)| f == field) {
            Some((_, values)) => values.push(shown),
            None => rows.push((field.to_owned(), vec![shown])),
        }
    }
    // A checkbox posts "false" then "true": keep the last word.
    for (_, values) in rows.iter_mut() {
        if values.len() == 2 && values.iter().all(|v| v == &ctx.t("confirm-yes") || v == &ctx.t("confirm-no")) {
            values.remove(0);
        }
    }
    let return_to = pairs.iter().find(|(k, _)| k == "_return_to").map(|(_, v)| v.as_str()).unwrap_or("/");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("confirm-intro")) }
        dl.summary #answers {
            @for (field, values) in &rows {
                @let id = format!("field-{}", field.replace(['_', '.'], "-"));
                dt { (if ctx.l.has(&id) { ctx.t(&id) } else { field.clone() }) }
                dd { (values.join(", ")) }
            }
        }
        form.form method="post" action=(ctx.page.href()) #confirm {
            @for (k, v) in pairs {
                input type="hidden" name=(k) value=(v);
            }
            button.button type="submit" name="_confirmed" value="1" { (ctx.t("confirm-submit")) }
            " "
            button.button.secondary type="submit" name="_change" value="1" { (ctx.t("confirm-change")) }
        }
        p { a href=(return_to) { (ctx.t("confirm-cancel")) } }
    };
    page(ctx, &title, body)
}
