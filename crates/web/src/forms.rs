//! HTML forms post the same commands as the JSON API. This module turns a form's
//! `name=value` pairs into the command's JSON, so the two interfaces cannot drift.
//!
//! Naming convention of form fields:
//! - `a.b.c` builds nested objects; a numeric segment (`members.0.person`) an array;
//! - a trailing `[]` (`topics[]`) collects every value of the name into an array;
//! - a `:n` suffix parses the value as a number, `:b` as a boolean (`on`/`true`),
//!   `:lines` makes each non-empty line of a textarea an element of an array;
//! - empty values are left out, so optional fields stay absent;
//! - `_`-prefixed names (`_return_to`) are for the page, not the command.

use serde_json::{Map, Value};

/// Form pairs → command JSON. Fails only on a number that is not one.
pub fn to_json(pairs: &[(String, String)]) -> Result<Value, (String, String)> {
    let mut root = Value::Object(Map::new());
    for (name, raw) in pairs {
        if name.starts_with('_') {
            continue;
        }
        let value = raw.trim();
        let (name, is_list) = match name.strip_suffix("[]") {
            Some(n) => (n, true),
            None => (name.as_str(), false),
        };
        if let Some(n) = name.strip_suffix(":lines") {
            for line in value.lines().map(str::trim).filter(|l| !l.is_empty()) {
                insert(&mut root, n, Value::String(line.to_owned()), true);
            }
            continue;
        }
        let (name, value) = if let Some(n) = name.strip_suffix(":n") {
            if value.is_empty() {
                continue;
            }
            let number: serde_json::Number = value.parse().map_err(|_| (n.to_owned(), format!("'{value}' is not a number")))?;
            (n, Value::Number(number))
        } else if let Some(n) = name.strip_suffix(":b") {
            (n, Value::Bool(matches!(value, "on" | "true" | "yes" | "1")))
        } else {
            if value.is_empty() {
                if is_list {
                    // An empty list is still a list: the field was shown and left empty.
                    ensure_list(&mut root, name);
                }
                continue;
            }
            (name, Value::String(value.to_owned()))
        };
        insert(&mut root, name, value, is_list);
    }
    compact(&mut root);
    Ok(root)
}

fn ensure_list(root: &mut Value, path: &str) {
    let slot = slot(root, path);
    if slot.is_null() {
        *slot = Value::Array(vec![]);
    }
}

fn insert(root: &mut Value, path: &str, value: Value, is_list: bool) {
    let slot = slot(root, path);
    if is_list {
        match slot {
            Value::Array(items) => items.push(value),
            other => *other = Value::Array(vec![value]),
        }
    } else {
        *slot = value;
    }
}

/// The place `path` names, creating objects and arrays on the way.
fn slot<'a>(root: &'a mut Value, path: &str) -> &'a mut Value {
    let mut here = root;
    for segment in path.split('.') {
        if let Ok(index) = segment.parse::<usize>() {
            if !here.is_array() {
                *here = Value::Array(vec![]);
            }
            let items = here.as_array_mut().expect("array");
            // Indices are small (rows of a form); cap them so a hostile form cannot
            // make us allocate a huge array.
            let index = index.min(99);
            while items.len() <= index {
                items.push(Value::Null);
            }
            here = &mut items[index];
        } else {
            if !here.is_object() {
                *here = Value::Object(Map::new());
            }
            here = here.as_object_mut().expect("object").entry(segment.to_owned()).or_insert(Value::Null);
        }
    }
    here
}

/// Drop rows of repeated groups that were left empty (null or `{}`).
fn compact(value: &mut Value) {
    match value {
        Value::Array(items) => {
            items.iter_mut().for_each(compact);
            items.retain(|v| !v.is_null() && v.as_object().is_none_or(|o| !o.is_empty()));
        }
        Value::Object(map) => {
            map.values_mut().for_each(compact);
            map.retain(|_, v| !v.is_null());
        }
        _ => {}
    }
}

/// The most rows a repeated group ("add another") can have.
pub const MAX_ROWS: usize = 20;

/// How many rows of group `name` the submitted form had: its `_rows.<name>`
/// field, or one more than the highest row index posted.
pub fn row_count(pairs: &[(String, String)], name: &str) -> usize {
    let declared = pairs.iter().find(|(k, _)| *k == format!("_rows.{name}")).and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let prefix = format!("{name}.");
    let posted = pairs
        .iter()
        .filter_map(|(k, _)| k.strip_prefix(&prefix)?.split('.').next()?.parse::<usize>().ok())
        .map(|i| i + 1)
        .max()
        .unwrap_or(0);
    declared.max(posted).clamp(1, MAX_ROWS)
}

/// "Add another" and "Remove" without JavaScript: the form's fields with one
/// row more (`_add_row=<name>`) or row `i` taken out and the later rows moved
/// up (`_remove_row=<name>.<i>`), and `_rows.<name>` saying how many there are.
/// `None` when the form was not asked to change its rows (it is a submission).
pub fn edit_rows(pairs: &[(String, String)]) -> Option<Vec<(String, String)>> {
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let (name, remove) = match (get("_add_row"), get("_remove_row")) {
        (Some(name), _) => (name.to_owned(), None),
        (None, Some(row)) => {
            let (name, index) = row.rsplit_once('.')?;
            (name.to_owned(), Some(index.parse::<usize>().ok()?))
        }
        (None, None) => return None,
    };
    if name.is_empty() || name.starts_with('_') {
        return None;
    }
    let rows = row_count(pairs, &name);
    let prefix = format!("{name}.");
    let rows_key = format!("_rows.{name}");
    let mut out: Vec<(String, String)> = Vec::with_capacity(pairs.len() + 1);
    for (key, value) in pairs {
        if key == "_add_row" || key == "_remove_row" || *key == rows_key {
            continue;
        }
        let row =
            key.strip_prefix(&prefix).and_then(|rest| rest.split_once('.')).and_then(|(i, field)| Some((i.parse::<usize>().ok()?, field)));
        match (row, remove) {
            (Some((i, _)), Some(gone)) if i == gone => continue,
            (Some((i, field)), Some(gone)) if i > gone => out.push((format!("{prefix}{}.{field}", i - 1), value.clone())),
            _ => out.push((key.clone(), value.clone())),
        }
    }
    let now = match remove {
        Some(_) => rows.saturating_sub(1).max(1),
        None => (rows + 1).min(MAX_ROWS),
    };
    out.push((rows_key, now.to_string()));
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn add_another_keeps_what_was_typed_and_adds_a_row() {
        let form = pairs(&[("outcomes.0.text", "First"), ("_rows.outcomes", "1"), ("_add_row", "outcomes")]);
        let edited = edit_rows(&form).expect("a row edit");
        assert_eq!(row_count(&edited, "outcomes"), 2);
        assert!(edited.contains(&("outcomes.0.text".into(), "First".into())));
        assert!(edit_rows(&pairs(&[("outcomes.0.text", "x")])).is_none(), "a submission is not an edit");
    }

    #[test]
    fn removing_a_row_moves_the_later_ones_up() {
        let form = pairs(&[
            ("outcomes.0.text", "First"),
            ("outcomes.1.text", "Second"),
            ("outcomes.2.text", "Third"),
            ("_rows.outcomes", "3"),
            ("_remove_row", "outcomes.1"),
        ]);
        let edited = edit_rows(&form).unwrap();
        let texts: Vec<_> = edited.iter().filter(|(k, _)| k.ends_with(".text")).cloned().collect();
        assert_eq!(texts, pairs(&[("outcomes.0.text", "First"), ("outcomes.1.text", "Third")]));
        assert_eq!(row_count(&edited, "outcomes"), 2);
    }

    #[test]
    fn a_forged_row_edit_stays_within_bounds() {
        // More rows than allowed, a huge index, a hidden field's name: bounded or ignored.
        let many = pairs(&[("_rows.outcomes", "999999"), ("_add_row", "outcomes")]);
        assert_eq!(row_count(&edit_rows(&many).unwrap(), "outcomes"), MAX_ROWS);
        let far = pairs(&[("outcomes.99999999.text", "x"), ("_add_row", "outcomes")]);
        assert_eq!(row_count(&edit_rows(&far).unwrap(), "outcomes"), MAX_ROWS);
        assert!(edit_rows(&pairs(&[("_add_row", "_csrf")])).is_none());
        assert!(edit_rows(&pairs(&[("_remove_row", "outcomes.x")])).is_none());
        let last = pairs(&[("outcomes.0.text", "Only"), ("_remove_row", "outcomes.0")]);
        assert_eq!(row_count(&edit_rows(&last).unwrap(), "outcomes"), 1, "at least one row stays");
    }

    use super::*;
    use serde_json::json;

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn builds_nested_commands() {
        let got = to_json(&pairs(&[
            ("type", "form_delegation"),
            ("_return_to", "/x"),
            ("name", " First "),
            ("members.0.person", "per-1"),
            ("members.0.role", "focal_person"),
            ("members.1.person", ""),
            ("members.1.role", ""),
            ("members.2.person", "per-5"),
            ("members.2.role", "tribal_elder"),
            ("topics[]", "security"),
            ("topics[]", "trade"),
            ("planned:n", "2"),
            ("waive:b", "on"),
            ("note", ""),
        ]))
        .unwrap();
        assert_eq!(
            got,
            json!({"type": "form_delegation", "name": "First",
                "members": [{"person": "per-1", "role": "focal_person"}, {"person": "per-5", "role": "tribal_elder"}],
                "topics": ["security", "trade"], "planned": 2, "waive": true})
        );
    }

    #[test]
    fn bad_numbers_name_their_field() {
        assert_eq!(to_json(&pairs(&[("planned:n", "two")])).unwrap_err().0, "planned");
    }

    #[test]
    fn hostile_indices_are_capped() {
        let got = to_json(&pairs(&[("a.999999999", "x")])).unwrap();
        assert_eq!(got["a"].as_array().unwrap().len(), 1);
    }
}
