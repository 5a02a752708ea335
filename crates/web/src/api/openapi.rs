//! The OpenAPI 3.1 document. Command schemas are generated from the command types
//! themselves (schemars), so the document cannot drift from what the API parses;
//! paths are listed here, and a test checks that every route is documented.

use axum::Json;
use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

use super::{COLLECTIONS, MAX_BODY_BYTES, MAX_SAFE_INTEGER};

/// Every documented path (the router test compares against it).
pub fn document() -> &'static Value {
    static DOC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    DOC.get_or_init(build)
}

pub async fn serve() -> Json<Value> {
    Json(document().clone())
}

fn error_responses(codes: &[&str]) -> Value {
    let mut out = serde_json::Map::new();
    for code in codes {
        let description = match *code {
            "400" => "Malformed JSON (`malformed_json`).",
            "404" => "A referenced record does not exist (`not_found`).",
            "409" => "The process forbids this now; `code` names the rule (e.g. `not_approved`, `phase_order`).",
            "413" => "Body larger than the documented limit (`payload_too_large`).",
            "422" => {
                "A field is invalid (`invalid_field`, with `field`) or the request contradicts itself (`date_order`, ...); a policy change that does not validate (`policy_invalid`)."
            }
            "401" => "No valid credentials (`unauthenticated`): send `Authorization: Bearer <token>`.",
            "403" => "The authorization policies refuse this (`not_authorized`); the message names the deciding policies.",
            _ => "Error.",
        };
        out.insert(
            code.to_string(),
            json!({"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}),
        );
    }
    Value::Object(out)
}

fn build() -> Value {
    let mut settings = SchemaSettings::draft2020_12();
    settings.definitions_path = "/components/schemas".into();
    let mut generator = settings.into_generator();
    let command_ref = generator.subschema_for::<jirga_core::Command>();
    let application_ref = generator.subschema_for::<jirga_core::pass::PassApplication>();
    let mut schemas = generator.take_definitions(true);
    schemas.insert(
        "Error".into(),
        json!({"type": "object", "required": ["code", "message"], "properties": {
            "code": {"type": "string", "description": "Stable machine-readable code of the rule or failure."},
            "message": {"type": "string", "description": "Human-readable explanation."},
            "field": {"type": "string", "description": "The request field in error, when there is one."}}}),
    );
    schemas.insert("Record".into(), json!({"type": "object", "description": "A record of the process with its `id` and `history` (who changed it, when, at which log position `seq`)."}));

    let mut paths = serde_json::Map::new();
    // Public: liveness, this document, the ledger's checkpoint and key. Everything
    // else needs a bearer token (or, for reads, a browser session).
    paths.insert("/healthz".into(), json!({"get": {"summary": "Liveness", "security": [], "responses": {"200": {"description": "ok"}}}}));
    paths.insert(
        "/metrics".into(),
        json!({"get": {"summary": "Prometheus metrics (OpenMetrics text): requests, logins, commits, refusals, the writer's queue, memory; for users who may read the log",
            "responses": {"200": {"description": "OpenMetrics text", "content": {"application/openmetrics-text": {"schema": {"type": "string"}}}},
                "401": {"description": "No credentials"}, "403": {"description": "May not read the log"}}}}),
    );
    paths.insert(
        "/readyz".into(),
        json!({"get": {"summary": "Readiness: the writer runs and the store answers", "security": [],
            "responses": {"200": {"description": "ready"}, "503": {"description": "not ready, with the reason"}}}}),
    );
    paths.insert(
        "/api/v1/openapi.json".into(),
        json!({"get": {"summary": "This document", "security": [], "responses": {"200": {"description": "OpenAPI 3.1"}}}}),
    );
    paths.insert("/api/v1/me".into(), json!({"get": {"summary": "Who the caller is: user, organization and its kind, roles",
        "responses": {"200": {"description": "`{user, name, organization, organization_kind, roles, person}`"}, "401": error_responses(&["401"])["401"].clone()}}}));
    let mut command_responses = json!({
        "201": {"description": "Recorded", "content": {"application/json": {"schema": {"type": "object", "properties": {
            "type": {"type": "string"}, "seq": {"type": "integer", "description": "Position in the event log"},
            "created": {"type": "array", "items": {"type": "string"}, "description": "Ids of new records"}}}}}},
    });
    if let (Some(all), Value::Object(errors)) =
        (command_responses.as_object_mut(), error_responses(&["400", "401", "403", "404", "409", "413", "422"]))
    {
        all.extend(errors);
    }
    paths.insert("/api/v1/commands".into(), json!({"post": {
        "summary": "Execute one command of the process",
        "description": format!("Every action goes through this endpoint: the body is one command, tagged by `type`. The answer comes once the command is durable. Text fields have the `maxLength` shown; bodies are limited to {MAX_BODY_BYTES} bytes. A refused command writes nothing."),
        "parameters": [{"name": "Idempotency-Key", "in": "header", "required": false,
            "description": "Any 1–255 visible ASCII characters chosen by the client. A retry with the same key is answered with what was recorded the first time (also after a restart) and records nothing; the same key with another command is refused with 409 `idempotency_key_reused`.",
            "schema": {"type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[!-~]+$"}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": command_ref}}},
        "responses": command_responses,
    }}));
    paths.insert(
        "/api/v1/events".into(),
        json!({"get": {
        "summary": "Page through the event log",
        "parameters": [
            {"name": "from", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": MAX_SAFE_INTEGER}},
            {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": super::MAX_PAGE}}],
        "responses": {"200": {"description": "Events in log order: `{items: [{v, seq, at, actor, event: {created, change}}]}`"}}}}),
    );
    paths.insert(
        "/api/v1/initiatives/{id}/status".into(),
        json!({"get": {
        "summary": "Where an initiative stands: its gates, the next one and what blocks it",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "Gates"}, "404": error_responses(&["404"])["404"].clone()}}}),
    );
    let enum_param = |name: &str, values: Vec<&str>, description: &str| json!({"name": name, "in": "query", "required": false, "schema": {"type": "string", "enum": values}, "description": description});
    paths.insert(
        "/api/v1/initiatives/{id}/results".into(),
        json!({"get": {
        "summary": "The results tracker: every commitment as a provision, with status, PAM score (0–3), overdue flags and the communities concerned, as JSON or as CSV (a row per provision and score: provision, date, score, evidence)",
        "parameters": [
            {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
            enum_param("format", vec!["json", "csv"], "json (default) or csv"),
            {"name": "on", "in": "query", "required": false, "schema": {"type": "string", "format": "date"}, "description": "The reading day (default today)"},
            {"name": "phase", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 0, "maximum": u32::MAX}},
            enum_param("topic", jirga_core::model::Topic::ALL.iter().map(|t| t.as_str()).collect(), "Only this topic"),
            enum_param("status", jirga_core::model::CommitmentStatus::ALL.iter().map(|t| t.as_str()).collect(), "Only this status"),
            {"name": "cbm", "in": "query", "required": false, "schema": {"type": "boolean"}, "description": "Only confidence-building measures"},
            {"name": "overdue", "in": "query", "required": false, "schema": {"type": "boolean"}, "description": "Only what is overdue on the reading day"},
            {"name": "community", "in": "query", "required": false, "schema": {"type": "string", "pattern": "^cmy-[1-9][0-9]{0,17}$"}}],
        "responses": {"200": {"description": "`{initiative, reading_day, provisions: [...]}`, or the CSV"},
            "400": {"description": "A bad query string (`invalid_query`)"},
            "404": error_responses(&["404"])["404"].clone(),
            "422": error_responses(&["422"])["422"].clone()}}}),
    );
    let b64 = json!({"type": "string", "contentEncoding": "base64", "description": "SHA-256 hash, standard base64"});
    let int_param = |name: &str, required: bool, description: &str| {
        json!({"name": name, "in": "query", "required": required,
        "schema": {"type": "integer", "minimum": 0, "maximum": MAX_SAFE_INTEGER}, "description": description})
    };
    let at_least_one = |name: &str, required: bool, description: &str| {
        json!({"name": name, "in": "query", "required": required,
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_SAFE_INTEGER}, "description": description})
    };
    paths.insert(
        "/api/v1/ledger/checkpoint".into(),
        json!({"get": {
        "summary": "Latest signed checkpoint (C2SP tlog-checkpoint in a signed note, Ed25519)", "security": [],
        "responses": {"200": {"description": "The note", "content": {"text/plain": {"schema": {"type": "string"}}}}}}}),
    );
    paths.insert(
        "/api/v1/ledger/public-key".into(),
        json!({"get": {
        "summary": "The log's signed-note verifier key (`<origin>+<key id>+<base64>`)", "security": [],
        "responses": {"200": {"description": "The key", "content": {"text/plain": {"schema": {"type": "string"}}}}}}}),
    );
    let mut no_such_tree = error_responses(&["404"])["404"].clone();
    no_such_tree["description"] =
        json!("No such proof (`out_of_range`): a size beyond the log's, or sizes and index that contradict each other.");
    paths.insert("/api/v1/ledger/inclusion".into(), json!({"get": {
        "summary": "RFC 9162 inclusion proof of one entry",
        "parameters": [int_param("index", true, "Entry (leaf) index, from 0; the same as the event's seq"), at_least_one("size", false, "Tree size (above index); default the latest checkpoint's")],
        "responses": {"200": {"description": "Proof, sibling first", "content": {"application/json": {"schema": {"type": "object", "properties": {
            "index": {"type": "integer"}, "size": {"type": "integer"}, "leaf_hash": b64, "root": b64, "proof": {"type": "array", "items": b64}}}}}},
            "404": no_such_tree.clone()}}}));
    paths.insert("/api/v1/ledger/consistency".into(), json!({"get": {
        "summary": "RFC 9162 consistency proof between two tree sizes",
        "parameters": [at_least_one("size1", true, "Older size (≥ 1)"), at_least_one("size2", false, "Newer size; default the latest checkpoint's")],
        "responses": {"200": {"description": "Proof", "content": {"application/json": {"schema": {"type": "object", "properties": {
            "size1": {"type": "integer"}, "size2": {"type": "integer"}, "root1": b64, "root2": b64, "proof": {"type": "array", "items": b64}}}}}},
            "404": no_such_tree}}}));
    paths.insert("/api/v1/ledger/entries".into(), json!({"get": {
        "summary": "A range of entries: each event's canonical bytes (base64) and leaf hash",
        "parameters": [int_param("start", false, "First index"),
            {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": super::MAX_PAGE}, "description": "At most this many (default 100)"}],
        "responses": {"200": {"description": "`{items: [{index, leaf_hash, data}]}`"}}}}));
    for (collection, kind) in COLLECTIONS {
        // The cursor is an id of the list's own kind, as the server parses it.
        let prefix = jirga_core::state::RECORD_KINDS.iter().find(|(_, k)| k == kind).map_or("", |(p, _)| *p);
        let cursor = json!({"type": "string", "pattern": format!("^{prefix}-[1-9][0-9]{{0,17}}$")});
        paths.insert(format!("/api/v1/{collection}"), json!({"get": {
            "summary": format!("List {kind} records, a page at a time, in id order"),
            "parameters": [
                {"name": "initiative", "in": "query", "required": false, "schema": {"type": "string"}, "description": "Only records of this initiative"},
                {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": super::MAX_PAGE, "default": super::DEFAULT_PAGE}, "description": "Records per page"},
                {"name": "after", "in": "query", "required": false, "schema": cursor, "description": "The `next` of the previous page (an id of this list's kind)"}],
            "responses": {
                "200": {"description": "`{items: [...], next}`: `next` is the cursor of the following page, null on the last", "content": {"application/json": {"schema": {"type": "object", "properties": {
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Record"}},
                    "next": {"type": ["string", "null"]}}}}}},
                "400": {"description": "A bad query string (`invalid_query`)"}}}}));
        paths.insert(format!("/api/v1/{collection}/{{id}}"), json!({"get": {
            "summary": format!("One {kind} record"),
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "The record", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Record"}}}},
                "404": error_responses(&["404"])["404"].clone()}}}));
    }
    // Passes: issued by the pass office (the holder's data kept off the record),
    // verified and crossed at border posts. These POSTs sit on collection paths.
    let json_body = |schema: Value| json!({"required": true, "content": {"application/json": {"schema": schema}}});
    let errors = error_responses(&["401", "403", "422"]);
    let with = |mut responses: Value, code: &str, description: &str| {
        responses[code] = json!({"description": description});
        responses
    };
    // JSON, or multipart with the holder's photo beside the application.
    let application_schema = serde_json::to_value(&application_ref).expect("a schema is JSON");
    let mut issue_body = json_body(application_schema.clone());
    issue_body["content"]["multipart/form-data"] = json!({
        "schema": {"type": "object", "required": ["application"], "additionalProperties": false, "properties": {
            "application": application_schema,
            "photo": {"type": "string", "format": "binary",
                "description": "The holder's photo (JPEG or PNG, at least 240 × 300 pixels, at most 10 MB); its fingerprint becomes `holder.photo_hash`"}}},
        "encoding": {"application": {"contentType": "application/json"}, "photo": {"contentType": "image/jpeg, image/png"}}});
    paths["/api/v1/passes"]["post"] = json!({"summary": "Issue a pass: sign it with the authority's current key, keep the holder's data (and photo) apart, record the pass",
        "requestBody": issue_body,
        "responses": with(error_responses(&["400", "401", "403", "413", "422"]), "201", "`{type, seq, pass, document_id, document}`: `document` is the signed `JP1:` text for the QR code")});
    paths.insert(
        "/api/v1/passes/{id}/document".into(),
        json!({"get": {"summary": "A pass's signed document (pass and border officers only: it names the holder)",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": with(error_responses(&["401", "403", "404"]), "200", "`{pass, document_id, document}`")}}),
    );
    let point_code = json!({"type": "string", "pattern": "^[a-z0-9-]{2,40}$", "description": "A crossing point's code"});
    paths.insert(
        "/api/v1/passes/verify".into(),
        json!({"post": {"summary": "Verify a presented document against this border post's trust, now",
        "requestBody": json_body(json!({"type": "object", "required": ["text"], "additionalProperties": false,
            "properties": {"text": {"type": "string"}, "crossing_point": {"anyOf": [point_code.clone(), {"type": "null"}]}}})),
        "responses": with(errors.clone(), "200", "The verdict: `{valid, failure, kind, kid, alg, iss, iat, exp, claims}`")}}),
    );
    paths["/api/v1/crossings"]["post"] = json!({"summary": "Record entry or exit with a document the server verifies; anomalies are flagged",
        "requestBody": json_body(json!({"type": "object", "required": ["text", "crossing_point", "direction"], "additionalProperties": false, "properties": {
            "text": {"type": "string"}, "crossing_point": point_code, "direction": {"enum": ["entry", "exit"]}}})),
        "responses": with(errors.clone(), "201", "`{type, seq, crossing, anomalies, verdict}`")});
    paths.insert(
        "/api/v1/trust-list".into(),
        json!({"get": {"summary": "This authority's signed trust list (its pass keys with their issuing windows)",
        "responses": {"200": {"description": "`{list, signer, signature}`"}}}}),
    );
    paths.insert(
        "/api/v1/revocation-list".into(),
        json!({"get": {"summary": "This authority's signed revocation list (SHA-256/16 of revoked pass ids, by kid)",
        "responses": {"200": {"description": "`{list, signer, signature}`"}}}}),
    );
    // The incident register: reads and statistics (changes are commands).
    let text_param = |name: &str, description: &str| json!({"name": name, "in": "query", "required": false, "schema": {"type": "string"}, "description": description});
    let filters = vec![
        text_param("from", "First month, YYYY-MM"),
        text_param("to", "Last month, YYYY-MM"),
        text_param("district", "admin1|admin2, e.g. Khyber Pakhtunkhwa|Nowshera"),
        text_param("event_type", "One of ACLED's six event types"),
        text_param("actor", "actor1, exactly"),
    ];
    let mut list_params = filters.clone();
    list_params.push(json!({"name": "format", "in": "query", "required": false, "schema": {"enum": ["json", "acled"]}, "description": "json (default) or acled (ACLED's CSV)"}));
    list_params.push(json!({"name": "limit", "in": "query", "required": false,
        "schema": {"type": "integer", "minimum": 1, "maximum": super::incidents::MAX_LIMIT, "default": super::incidents::DEFAULT_LIMIT},
        "description": "At most this many"}));
    paths.insert(
        "/api/v1/incidents".into(),
        json!({"get": {"summary": "Incidents matching the filters, in the order recorded",
        "parameters": list_params, "responses": {"200": {"description": "`{total, items}`, or ACLED CSV with format=acled"}}}}),
    );
    let mut stats_params = filters;
    stats_params.push(json!({"name": "group", "in": "query", "required": false,
        "schema": {"enum": ["month", "district", "event_type", "actor"]}, "description": "month (default), district, event_type or actor"}));
    paths.insert("/api/v1/incidents/stats".into(), json!({"get": {"summary": "Incidents and fatalities counted by month, district, event type or actor",
        "parameters": stats_params, "responses": with(error_responses(&["401", "422"]), "200", "`{group, items: [{key, events, fatalities}]}`")}}));
    paths.insert("/api/v1/incidents/{id}".into(), json!({"get": {"summary": "One incident with its reports, earlier versions, duplicate candidates and decisions",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "event_id_cnty"}],
        "responses": with(error_responses(&["401", "404"]), "200", "`{incident, recorded, reports, amendments, duplicate_candidates, decisions, merged_into}`")}}));
    paths.insert(
        "/api/v1/alerts".into(),
        json!({"get": {"summary": "Every alert the rules raised, with the event that raised it",
        "responses": {"200": {"description": "`{items: [{seq, at, rule, admin1, admin2, from, to, incidents}]}`"}}}}),
    );
    // Every operation that reads a query string or a body answers a bad one
    // with 400 (`invalid_query`, `malformed_json`), 401 without credentials and
    // 422 for a value out of range; say so wherever an operation did not.
    let error = json!({"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}});
    for (path, item) in paths.iter_mut() {
        let public = ["/healthz", "/readyz", "/api/v1/openapi.json", "/api/v1/ledger/checkpoint", "/api/v1/ledger/public-key"]
            .contains(&path.as_str());
        for (_, operation) in item.as_object_mut().into_iter().flatten() {
            let takes_input = operation.get("parameters").and_then(Value::as_array).is_some_and(|p| p.iter().any(|p| p["in"] == "query"))
                || operation.get("requestBody").is_some();
            let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) else { continue };
            let mut add = |code: &str, description: &str| {
                if !responses.contains_key(code) {
                    let mut e = error.clone();
                    e["description"] = json!(description);
                    responses.insert(code.to_owned(), e);
                }
            };
            if takes_input {
                add("400", "A malformed query string (`invalid_query`) or body (`malformed_json`).");
                add("422", "A value out of range or of the wrong form (`invalid_field`, with `field`).");
            }
            if !public {
                add("401", "No valid credentials (`unauthenticated`).");
                add("403", "The authorization policies refuse this (`not_authorized`).");
            }
        }
    }
    let mut document = json!({
        "openapi": "3.1.0",
        "info": {"title": "jirga", "version": env!("CARGO_PKG_VERSION"),
            "description": "The record of a cross-border negotiation process: initiatives, federal approval, delegations, phases, meetings, claims and commitments."},
        "paths": paths,
        "security": [{"bearer": []}, {"session": []}],
        "components": {"schemas": schemas, "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer", "description": "An API token from `jirga admin create-token` (`jirga_…`); the only credential that may change data."},
            "session": {"type": "apiKey", "in": "cookie", "name": "jirga_session", "description": "A browser session; accepted for reads only."}}},
    });
    constrain_formats(&mut document);
    document
}

/// A day as the API takes it (`api::check_dates`, then the date parser):
/// `YYYY-MM-DD`, a year from 1000, a day the month has (29 February in leap years).
const DAY_PATTERN: &str = concat!(
    "^(?:[1-9][0-9]{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)",
    "|(?:[1-9][0-9](?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)-02-29)$"
);

/// `format` is only an annotation in JSON Schema 2020-12: give every day the
/// pattern, and every unsigned integer the maximum, that the server holds to.
fn constrain_formats(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            let bound = |max: u64| ("maximum", Value::from(max));
            let constraint = match map.get("format").and_then(Value::as_str) {
                Some("date") => Some(("pattern", Value::from(DAY_PATTERN))),
                Some("uint8") => Some(bound(u8::MAX.into())),
                Some("uint16") => Some(bound(u16::MAX.into())),
                Some("uint32") => Some(bound(u32::MAX.into())),
                Some("uint64") => Some(bound(u64::MAX)),
                _ => None,
            };
            if let Some((key, value)) = constraint {
                map.entry(key).or_insert(value);
            }
            map.values_mut().for_each(constrain_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(constrain_formats),
        _ => {}
    }
}
