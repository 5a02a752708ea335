//! Policies in words: what each policy of a set says (its `@id`, whether it
//! permits or forbids, its `@reason`, the actions it names), and what a
//! proposed text changes, policy by policy. For the Policies page, so that a
//! reader who does not read Cedar sees what a set allows and what a change
//! would do before it is recorded.

use std::str::FromStr;

use cedar_policy::{ActionConstraint, Effect, PolicySet};

/// One policy as the page explains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    /// Its `@id` annotation (Cedar's own id when it has none).
    pub id: String,
    /// `true` for `permit`, `false` for `forbid`.
    pub permits: bool,
    /// Its `@reason` annotation, if any.
    pub reason: Option<String>,
    /// The actions its scope names (empty: any action).
    pub actions: Vec<String>,
    /// The policy as parsed (to compare versions by meaning, not layout).
    source: String,
}

/// What a proposed text does to one policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Added,
    Removed,
    Changed,
}

/// The policies of `text`, in the order they are written. An error is Cedar's
/// message (the form refuses such a text with file and line; this only explains).
pub fn explain(text: &str) -> Result<Vec<Explained>, String> {
    let set = PolicySet::from_str(text).map_err(|e| e.to_string())?;
    // `policies()` comes in no fixed order; Cedar numbers them as written (policy0, …).
    let written = |id: &str| id.strip_prefix("policy").and_then(|n| n.parse::<usize>().ok()).unwrap_or(usize::MAX);
    let mut keyed: Vec<(usize, Explained)> = set
        .policies()
        .map(|p| {
            let explained = Explained {
                id: p.annotation("id").map_or_else(|| p.id().to_string(), str::to_owned),
                permits: p.effect() == Effect::Permit,
                reason: p.annotation("reason").map(str::to_owned),
                actions: match p.action_constraint() {
                    ActionConstraint::Any => vec![],
                    ActionConstraint::Eq(a) => vec![a.id().unescaped().to_owned()],
                    ActionConstraint::In(list) => list.iter().map(|a| a.id().unescaped().to_owned()).collect(),
                },
                // Cedar's JSON form: the policy's meaning, whatever its layout.
                source: p.to_json().map_or_else(|_| p.to_string(), |json| json.to_string()),
            };
            (written(p.id().as_ref()), explained)
        })
        .collect();
    keyed.sort_by_key(|(n, _)| *n);
    Ok(keyed.into_iter().map(|(_, e)| e).collect())
}

/// The policies a proposed text adds, removes or changes against the one in
/// force, by `@id`, in the order of the new text (removed ones last).
pub fn compare(in_force: &str, proposed: &str) -> Result<Vec<(Explained, Change)>, String> {
    let before = explain(in_force)?;
    let after = explain(proposed)?;
    let mut out = Vec::new();
    for policy in &after {
        match before.iter().find(|b| b.id == policy.id) {
            None => out.push((policy.clone(), Change::Added)),
            Some(old) if old.source != policy.source => out.push((policy.clone(), Change::Changed)),
            Some(_) => {}
        }
    }
    for policy in before.into_iter().filter(|b| !after.iter().any(|a| a.id == b.id)) {
        out.push((policy, Change::Removed));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SET: &str = r#"
@id("first")
@reason("The first allows two actions.")
permit (principal, action in [Jirga::Action::"a", Jirga::Action::"b"], resource);

@id("second")
forbid (principal, action == Jirga::Action::"c", resource) when { false };
"#;

    #[test]
    fn each_policy_is_explained_in_the_order_written() {
        let explained = explain(SET).unwrap();
        assert_eq!(explained.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["first", "second"]);
        assert!(explained[0].permits && !explained[1].permits);
        assert_eq!(explained[0].reason.as_deref(), Some("The first allows two actions."));
        assert_eq!(explained[0].actions, ["a", "b"]);
        assert_eq!(explained[1].actions, ["c"]);
    }

    #[test]
    fn a_change_is_named_policy_by_policy() {
        let proposed = SET.replace("when { false }", "when { true }").replace("@id(\"first\")", "@id(\"renamed\")");
        let changes: Vec<(String, Change)> = compare(SET, &proposed).unwrap().into_iter().map(|(e, c)| (e.id, c)).collect();
        assert_eq!(
            changes,
            [("renamed".to_owned(), Change::Added), ("second".to_owned(), Change::Changed), ("first".to_owned(), Change::Removed)]
        );
        // Layout alone (blank lines, spacing) changes nothing.
        let relaid = SET.replace("\n\n", "\n\n\n").replace("(principal,", "( principal ,");
        assert!(compare(SET, &relaid).unwrap().is_empty());
        assert!(explain("permit (").is_err());
    }
}
