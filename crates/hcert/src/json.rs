//! Decoded claims as JSON, for people and scripts.

use base64::Engine as _;
use ciborium::value::Value as Cbor;
use serde_json::Value;

/// A CBOR value as JSON: integers and floats as numbers, byte strings as base64,
/// tags as their content, map keys as text (non-text keys as their integer).
pub fn cbor_to_json(value: &Cbor) -> Value {
    match value {
        Cbor::Integer(i) => {
            let n = i128::from(*i);
            i64::try_from(n).map(Value::from).unwrap_or_else(|_| Value::from(n as f64))
        }
        Cbor::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        Cbor::Text(t) => Value::String(t.clone()),
        Cbor::Bool(b) => Value::Bool(*b),
        Cbor::Null => Value::Null,
        Cbor::Array(items) => Value::Array(items.iter().map(cbor_to_json).collect()),
        Cbor::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| {
                    let key = match k {
                        Cbor::Text(t) => t.clone(),
                        Cbor::Integer(i) => i128::from(*i).to_string(),
                        other => format!("{other:?}"),
                    };
                    (key, cbor_to_json(v))
                })
                .collect(),
        ),
        Cbor::Tag(_, inner) => cbor_to_json(inner),
        Cbor::Bytes(b) => Value::String(base64::engine::general_purpose::STANDARD.encode(b)),
        _ => Value::Null,
    }
}
