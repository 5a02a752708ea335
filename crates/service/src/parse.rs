//! Requests parsed at the edge, the same for every interface (the API's
//! bodies, the forms' JSON, the CLI's lines and files): days as the schema
//! writes them, integers written with a fraction, commands with errors that
//! name the field.

use jirga_core::Command;
use serde_json::Value;

use crate::i18n::english;
use crate::refusal::{Kind, Refusal};

/// The largest integer a JSON number holds exactly (2^53 − 1): the schema's
/// bound for log positions and tree sizes, which the server holds to as well.
pub const MAX_SAFE_INTEGER: u64 = 9_007_199_254_740_991;

/// A field holding a day, by the names the commands and the pass application
/// give them (`held_on`, `valid_from`, `valid_until`, `planned_for`, `on`,
/// `date_of_birth`, ...).
fn is_date_field(key: &str) -> bool {
    key == "on" || key == "date_of_birth" || ["_on", "_from", "_until", "_for"].iter().any(|s| key.ends_with(s))
}

/// A day written as the schema writes it (see [`check_dates`]) that exists.
pub fn parse_day(text: &str) -> Option<jiff::civil::Date> {
    let well_formed = is_well_formed_day(text);
    well_formed.then(|| text.parse().ok()).flatten()
}

/// `YYYY-MM-DD`, a four-digit year from 1000.
fn is_well_formed_day(text: &str) -> bool {
    text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
        && !text.starts_with('0')
}

/// Days are written `YYYY-MM-DD` with a four-digit year from 1000, as the
/// OpenAPI document's `format: date` says; the date parser alone also takes
/// `-009999-01-01`, `0000-01-01` and `20250301`. (Whether a day is plausible
/// — not in the future, after another — is the domain's to judge.)
pub fn check_dates(value: &Value) -> Result<(), Refusal> {
    fn walk(value: &Value, path: &str) -> Result<(), Refusal> {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                    // (An empty one is a form's unfilled optional day: the command's own parse judges it.)
                    if let (true, Value::String(text)) = (is_date_field(key), v)
                        && !text.is_empty()
                        && !is_well_formed_day(text)
                    {
                        let message =
                            english().t_args("error-bad-date", &[("field", here.clone()), ("value", text.chars().take(40).collect())]);
                        let mut err = Refusal::new(Kind::Invalid, "invalid_field", message);
                        err.field = Some(here);
                        return Err(err);
                    }
                    walk(v, &here)?;
                }
                Ok(())
            }
            Value::Array(items) => items.iter().enumerate().try_for_each(|(i, v)| walk(v, &format!("{path}.{i}"))),
            _ => Ok(()),
        }
    }
    walk(value, "")
}

/// JSON does not tell `371` from `371.0`, nor does the schema's `integer`:
/// write every number without a fraction as an integer, so that the typed
/// fields (`u32`, …) take it. True when anything was rewritten.
pub fn integral_numbers_as_integers(value: &mut Value) -> bool {
    match value {
        Value::Number(n) if n.is_f64() => {
            let Some(f) = n.as_f64() else { return false };
            // Within ±2^53 a float is an integer exactly; beyond it, leave it to the field's range check.
            if f.fract() != 0.0 || f.abs() > MAX_SAFE_INTEGER as f64 {
                return false;
            }
            *value = if f < 0.0 { Value::from(f as i64) } else { Value::from(f as u64) };
            true
        }
        Value::Array(items) => items.iter_mut().fold(false, |changed, v| integral_numbers_as_integers(v) | changed),
        Value::Object(map) => map.values_mut().fold(false, |changed, v| integral_numbers_as_integers(v) | changed),
        _ => false,
    }
}

/// Parse a body into a command, with JSON errors that name the field.
pub fn parse_command(body: &[u8]) -> Result<Command, Refusal> {
    let mut rewritten = None;
    if let Ok(mut value) = serde_json::from_slice::<Value>(body) {
        check_dates(&value)?;
        if integral_numbers_as_integers(&mut value) {
            rewritten = Some(serde_json::to_vec(&value).expect("JSON serializes"));
        }
    }
    let body = rewritten.as_deref().unwrap_or(body);
    let mut de = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, Command>(&mut de) {
        Ok(command) => {
            de.end().map_err(|e| Refusal::new(Kind::Malformed, "malformed_json", e.to_string()))?;
            Ok(command)
        }
        Err(err) if err.path().to_string() == "." && err.inner().classify() == serde_json::error::Category::Data => {
            let reason = err.into_inner().to_string();
            let missing = reason.strip_prefix("missing field `").and_then(|r| r.split('`').next()).map(str::to_owned);
            let field = missing.or_else(|| serde_json::from_slice::<Value>(body).ok().and_then(|v| failing_field(&v)));
            let l = english();
            Err(match field {
                Some(field) => Refusal::invalid_field(&field, reason),
                None => Refusal::new(Kind::Invalid, "invalid_field", l.t_args("error-invalid-command", &[("reason", reason)])),
            })
        }
        Err(err) => Err(Refusal::from_parse(err)),
    }
}

/// The field a command's data error is about. Commands are internally tagged, so
/// serde cannot report the path; but it checks fields in input order and reports
/// missing fields only at the end, so the first prefix of the object that fails for
/// another reason than a missing field ends with the culprit.
fn failing_field(value: &Value) -> Option<String> {
    let object = value.as_object()?;
    let mut prefix = serde_json::Map::new();
    prefix.insert("type".into(), object.get("type")?.clone());
    for (key, field_value) in object.iter().filter(|(k, _)| *k != "type") {
        prefix.insert(key.clone(), field_value.clone());
        if let Err(e) = serde_json::from_value::<Command>(Value::Object(prefix.clone()))
            && !e.to_string().starts_with("missing field")
        {
            return Some(key.clone());
        }
    }
    None
}
