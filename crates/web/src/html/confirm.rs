//! "Check your answers": before a binding action (a federal approval decision, an
//! agreed commitment, a federal concurrence, a proposed change of the policies —
//! shown as what it changes, policy by policy, and its difference) the person
//! sees what will be recorded
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
            | Command::ChangePolicies { .. }
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
    // The holder's photo is shown as a picture, not as its text.
    let photo = pairs.iter().find(|(k, v)| k == super::border::PHOTO_KEPT && !v.is_empty()).map(|(_, v)| v.as_str());
    for (raw, value) in
        pairs.iter().filter(|(k, v)| !k.starts_with('_') && k != "type" && k != super::border::PHOTO_KEPT && !v.trim().is_empty())
    {
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
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.as_str());
    let policy_change = get("type") == "change_policies";
    let body = html! {
        h1 { (title) }
        p { (ctx.t("confirm-intro")) }
        @if policy_change {
            // The texts are long: what the change does, in words and as a difference.
            dl.summary #answers {
                dt { (ctx.t("field-policy-set")) } dd { (ctx.t(&format!("policy-set-{}", get("policy_set")))) }
                dt { (ctx.t("field-reason")) } dd { (get("reason")) }
            }
            (policy_change_preview(ctx, get("previous"), get("text")))
        } @else {
            dl.summary #answers {
                @if let Some(photo) = photo {
                    dt { (ctx.t("field-holder-photo")) }
                    dd { img.holder-photo src={"data:image/jpeg;base64," (photo)} alt=(ctx.t("photo-alt")); }
                }
                @for (field, values) in &rows {
                    @let id = format!("field-{}", field.replace(['_', '.'], "-"));
                    dt { (if ctx.l.has(&id) { ctx.t(&id) } else { field.clone() }) }
                    dd { (values.join(", ")) }
                }
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

/// What a proposed policy text changes: each policy added, changed or removed
/// (by its `@id`, with its reason), then the line-by-line difference.
fn policy_change_preview(ctx: &Ctx, in_force: &str, proposed: &str) -> Markup {
    use jirga_policy::explain::{Change, compare};
    // A form posts CR LF line breaks; the record compares the text as given.
    let diff = jirga_core::state::PolicyVersion::diff_of(in_force, proposed);
    html! {
        h2 { (ctx.t("policy-change-in-words")) }
        @match compare(in_force, proposed) {
            Ok(changes) if changes.is_empty() => { p #policy-changes { (ctx.t("policy-change-layout-only")) } }
            Ok(changes) => {
                ul #policy-changes {
                    @for (policy, change) in &changes {
                        li {
                            (ctx.t(match change { Change::Added => "policy-change-added", Change::Changed => "policy-change-changed", Change::Removed => "policy-change-removed" }))
                            " " code dir="ltr" { (policy.id) }
                            @if let Some(reason) = &policy.reason { ": " (reason) }
                        }
                    }
                }
            }
            Err(_) => { p.warning #policy-changes { (ctx.t("policy-change-unreadable")) } }
        }
        h2 { (ctx.t("policy-change-difference")) }
        pre.diff #policy-diff dir="ltr" { (diff) }
    }
}
