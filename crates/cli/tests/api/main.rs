//! API and form tests against the real server on a random port (one test binary).

mod agreements;
mod attacks;
mod authz;
mod helpers;
mod incidents;
mod passes;
mod tribal;
mod witnessed;

use helpers::spawn_app;
use serde_json::{Value, json};

#[tokio::test]
async fn health_check_answers() {
    let app = spawn_app(false).await;
    let (status, body) = app.get_text("/healthz").await;
    assert_eq!((status, body.as_str()), (200, "ok"));
}

#[tokio::test]
async fn a_command_is_recorded_and_readable() {
    let app = spawn_app(false).await;
    let (status, body) =
        app.command(json!({"type": "register_person", "name_latin": "Muhammad Ali Saif", "name_arabic": "محمد علی سیف"})).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body, json!({"type": "register_person", "seq": 0, "created": ["per-1"]}));
    let (status, person) = app.get("/api/v1/people/per-1").await;
    assert_eq!(status, 200);
    assert_eq!(person["name_arabic"], "محمد علی سیف");
    assert_eq!(person["history"][0]["seq"], 0);
    let (_, events) = app.get("/api/v1/events").await;
    assert_eq!(events["items"][0]["event"]["change"]["type"], "register_person");
}

#[tokio::test]
async fn rule_violations_are_named_and_write_nothing() {
    let app = spawn_app(true).await;
    let before = app.event_count();
    let cases = [
        (json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"}), 409, "not_approved"),
        (json!({"type": "remove_delegation_member", "delegation": "del-2", "person": "per-1"}), 409, "focal_person_cannot_be_removed"),
        (
            json!({"type": "form_delegation", "initiative": "ini-1", "name": "X", "purpose": "groundwork", "formed_on": "2025-03-10",
            "members": [{"person": "per-5", "role": "tribal_elder"}]}),
            422,
            "focal_person_required",
        ),
        (
            json!({"type": "change_commitment_status", "commitment": "com-1", "to": "fulfilled", "on": "2025-03-10"}),
            409,
            "invalid_transition",
        ),
        (json!({"type": "plan_visit", "delegation": "del-9", "destination": "Kabul", "planned_for": "2025-03-20"}), 404, "not_found"),
        (json!({"type": "plan_visit", "delegation": "del-1", "destination": "Kabul", "planned_for": "2025-02-30"}), 422, "invalid_field"),
        (
            json!({"type": "plan_visit", "delegation": "del-1", "destination": "K".repeat(201), "planned_for": "2025-03-20"}),
            422,
            "invalid_field",
        ),
        (json!({"type": "plan_visit", "delegation": "del-1", "destination": "Kabul"}), 422, "invalid_field"),
        (json!({"type": "launch_rockets"}), 422, "invalid_field"),
    ];
    for (command, status, code) in cases {
        let (got_status, body) = app.command(command.clone()).await;
        assert_eq!((got_status, body["code"].as_str().unwrap_or_default()), (status, code), "{command} → {body}");
        assert!(!body["message"].as_str().unwrap_or_default().is_empty());
    }
    assert_eq!(app.event_count(), before);
}

#[tokio::test]
async fn invalid_fields_are_named() {
    let app = spawn_app(true).await;
    let (_, body) = app.command(json!({"type": "plan_visit", "delegation": "del-1", "destination": "", "planned_for": "2025-03-20"})).await;
    assert_eq!(body["field"], "destination");
    let (_, body) =
        app.command(json!({"type": "plan_visit", "delegation": "del-1", "destination": "K", "planned_for": "2025-02-30"})).await;
    assert_eq!(body["field"], "planned_for");
    let (_, body) = app.command(json!({"type": "plan_visit", "delegation": "del-1", "destination": "K"})).await;
    assert_eq!(body["field"], "planned_for");
}

/// A note or a citation names its record by id: a text that is no record's id
/// (another label, a kind that does not exist, a forged leading zero) is refused
/// at the edge, naming the field, and nothing is written.
#[tokio::test]
async fn a_forged_record_reference_is_refused_at_the_edge() {
    let app = spawn_app(true).await;
    let before = app.event_count();
    for record in ["initiative 1", "ini-01", "xyz-1", "ini-", "", "ini-1 "] {
        let (status, body) = app.command(json!({"type": "add_note", "record": record, "text": "A note."})).await;
        assert_eq!((status, body["code"].as_str().unwrap_or_default()), (422, "invalid_field"), "{record:?} → {body}");
        assert_eq!(body["field"], "record", "{record:?}");
        let (status, body) =
            app.command(json!({"type": "cite_evidence", "record": record, "incidents": ["ucdp-1"], "note": "Evidence."})).await;
        assert_eq!((status, body["field"].as_str().unwrap_or_default()), (422, "record"), "{record:?} → {body}");
    }
    assert_eq!(app.event_count(), before);
    // A well-formed reference to a record that does not exist is the domain's answer.
    let (status, body) = app.command(json!({"type": "add_note", "record": "ini-99", "text": "A note."})).await;
    assert_eq!((status, body["code"].as_str().unwrap_or_default()), (404, "not_found"), "{body}");
    // And a list's cursor must be an id of the list's kind.
    let (status, body) = app.get("/api/v1/claims?after=clm-01").await;
    assert_eq!((status, body["code"].as_str().unwrap_or_default()), (400, "invalid_query"), "{body}");
    let (status, _) = app.get("/api/v1/claims?after=clm-1").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn malformed_and_oversized_requests_are_refused() {
    let app = spawn_app(true).await;
    let before = app.event_count();
    let (status, body) = app.post_command("{not json").await;
    assert_eq!((status, body["code"].as_str().unwrap()), (400, "malformed_json"));
    let (status, body) = app.post_command(r#"{"type":"register_party","name":"A","kind":"other"} trailing"#).await;
    assert_eq!((status, body["code"].as_str().unwrap()), (400, "malformed_json"));
    let huge = json!({"type": "state_claim", "initiative": "ini-1", "topic": "security", "proposition": "x".repeat(jirga_web::api::MAX_BODY_BYTES + 1)});
    let (status, body) = app.command(huge).await;
    assert_eq!((status, body["code"].as_str().unwrap()), (413, "payload_too_large"));
    // Within the body limit but over the field's: refused by the field's rule.
    let long = json!({"type": "state_claim", "initiative": "ini-1", "topic": "security", "proposition": "x".repeat(100_000)});
    let (status, body) = app.command(long).await;
    assert_eq!((status, body["code"].as_str().unwrap()), (422, "invalid_field"), "{body}");
    assert_eq!(app.event_count(), before);
    let (status, body) = app.get("/api/v1/nowhere").await;
    assert_eq!((status, body["code"].as_str().unwrap()), (404, "not_found"));
    let (status, body) = app.get("/api/v1/meetings/mtg-99").await;
    assert_eq!((status, body["code"].as_str().unwrap()), (404, "not_found"));
    let (status, _) = app.get("/api/v2/anything").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn federal_approval_opens_the_groundwork_gate() {
    let app = spawn_app(true).await;
    let (_, status) = app.get("/api/v1/initiatives/ini-1/status").await;
    assert_eq!(status["gates"][2]["status"], "cannot_start_yet");
    assert_eq!(status["gates"][2]["blocked_by"]["code"], "not_approved");
    let (code, _) = app
        .command(json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15",
            "terms": "Within the national security framework."}))
        .await;
    assert_eq!(code, 201);
    let (_, status) = app.get("/api/v1/initiatives/ini-1/status").await;
    assert_eq!(status["gates"][0]["status"], "done");
    // The visit waits for the province's formal notification of the federal government.
    assert_eq!(status["gates"][2]["blocked_by"]["code"], "federal_government_not_notified");
    let (code, body) = app.command(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"})).await;
    assert_eq!((code, body["code"].as_str()), (409, Some("federal_government_not_notified")), "{body}");
    let (code, body) = app
        .command(json!({"type": "notify_federal_government", "initiative": "ini-1", "subject": "KP–Afghanistan engagement",
            "body": "Formal notification of the initiative.", "sent_on": "2025-03-16"}))
        .await;
    assert_eq!(code, 201, "{body}");
    let (_, status) = app.get("/api/v1/initiatives/ini-1/status").await;
    assert_eq!(status["gates"][2]["status"], "in_progress");
    let (code, body) = app.command(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"})).await;
    assert_eq!(code, 201, "{body}");
    let (code, body) =
        app.command(json!({"type": "decide_approval", "request": "apr-1", "decision": "reject", "decided_on": "2025-03-16"})).await;
    assert_eq!((code, body["code"].as_str().unwrap()), (409, "already_decided"));
}

#[tokio::test]
async fn lists_filter_by_initiative() {
    let app = spawn_app(true).await;
    let (_, all) = app.get("/api/v1/claims").await;
    assert_eq!(all["items"].as_array().unwrap().len(), app.engine.read(|s| s.claims.len()));
    let (_, none) = app.get("/api/v1/claims?initiative=ini-2").await;
    assert!(none["items"].as_array().unwrap().is_empty());
    // A second initiative with a claim of its own: each filter finds its own claims only.
    let (status, body) = app
        .command(json!({"type": "launch_initiative", "title": "Chaman engagement", "province": "par-1", "federal": "par-2", "counterpart": "par-3",
            "topics": ["trade"], "focal_person": "per-1", "launched_on": "2025-03-01"}))
        .await;
    assert_eq!(status, 201, "{body}");
    let second = body["created"][0].as_str().unwrap().to_owned();
    let (status, body) = app
        .command(json!({"type": "state_claim", "initiative": second, "topic": "trade", "proposition": "Chaman closures cost traders."}))
        .await;
    assert_eq!(status, 201, "{body}");
    let claim = body["created"][0].clone();
    let (_, own) = app.get(&format!("/api/v1/claims?initiative={second}")).await;
    assert_eq!(own["items"].as_array().unwrap().iter().map(|c| c["id"].clone()).collect::<Vec<_>>(), vec![claim.clone()]);
    let (_, first) = app.get("/api/v1/claims?initiative=ini-1").await;
    let first: Vec<&Value> = first["items"].as_array().unwrap().iter().collect();
    assert_eq!(first.len(), app.engine.read(|s| s.claims.len()) - 1);
    assert!(first.iter().all(|c| c["initiative"] == "ini-1" && c["id"] != claim));
}

#[tokio::test]
async fn openapi_documents_every_route_and_command() {
    let app = spawn_app(false).await;
    let (status, doc) = app.get("/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    for (collection, _) in jirga_web::api::COLLECTIONS {
        assert!(paths.contains_key(&format!("/api/v1/{collection}")), "{collection}");
        assert!(paths.contains_key(&format!("/api/v1/{collection}/{{id}}")), "{collection}");
        // And the route really answers.
        let (status, _) = app.get(&format!("/api/v1/{collection}")).await;
        assert_eq!(status, 200, "{collection}");
    }
    for path in [
        "/api/v1/commands",
        "/api/v1/events",
        "/api/v1/initiatives/{id}/status",
        "/healthz",
        "/api/v1/ledger/checkpoint",
        "/api/v1/ledger/public-key",
        "/api/v1/ledger/inclusion",
        "/api/v1/ledger/consistency",
        "/api/v1/ledger/entries",
        "/api/v1/passes/verify",
        "/api/v1/passes/{id}/document",
        "/api/v1/trust-list",
        "/api/v1/revocation-list",
    ] {
        assert!(paths.contains_key(path), "{path}");
    }
    let variants = doc["components"]["schemas"]["Command"]["oneOf"].as_array().unwrap();
    let documented: Vec<&str> = variants.iter().filter_map(|v| v["properties"]["type"]["const"].as_str()).collect();
    for command in jirga_core::demo::scenario() {
        assert!(documented.contains(&command.name()), "{} undocumented", command.name());
    }
    // Every command a client may send, and not the ones the server builds itself.
    let from_clients: Vec<&str> = jirga_core::Command::NAMES.iter().copied().filter(|n| *n != "record_crossing").collect();
    assert_eq!(documented.len(), from_clients.len());
    for name in from_clients {
        assert!(documented.contains(&name), "{name} undocumented");
    }
    assert!(!documented.contains(&"record_crossing"), "a client cannot send record_crossing; the schema must not offer it");
    // A bad query string or body is documented wherever an operation takes one.
    for (path, op) in
        [("/api/v1/events", "get"), ("/api/v1/notes", "get"), ("/api/v1/ledger/inclusion", "get"), ("/api/v1/crossings", "post")]
    {
        assert!(doc["paths"][path][op]["responses"].get("400").is_some(), "{op} {path} documents 400");
    }
}

#[tokio::test]
async fn a_form_records_and_redirects_back_with_a_flash() {
    let app = spawn_app(true).await;
    let (status, _, location) = app
        .post_form(&[
            ("type", "add_delegation_member"),
            ("_form", "add_delegation_member-del-1"),
            ("_return_to", "/delegations/del-1"),
            ("delegation", "del-1"),
            ("person", "per-6"),
            ("role", "religious_scholar"),
        ])
        .await;
    assert_eq!(status, 303);
    assert_eq!(location.as_deref(), Some("/delegations/del-1?done=add_delegation_member"));
    let (_, page) = app.get_text("/delegations/del-1?done=add_delegation_member").await;
    assert!(page.contains("Recorded: member added."));
    assert!(page.contains("Religious scholar (Peshawar)"));
}

#[tokio::test]
async fn a_refused_form_shows_the_rule_on_the_form_and_keeps_the_input() {
    let app = spawn_app(true).await;
    let before = app.event_count();
    let (status, page, _) = app
        .post_form(&[
            ("type", "form_delegation"),
            ("_form", "form_delegation-ini-1"),
            ("_return_to", "/initiatives/ini-1/delegations"),
            ("initiative", "ini-1"),
            ("name", "Third delegation"),
            ("purpose", "groundwork"),
            ("formed_on", "2025-03-10"),
            ("members.0.person", "per-5"),
            ("members.0.role", "tribal_elder"),
        ])
        .await;
    assert_eq!(status, 422);
    assert!(
        page.contains("The initiative&#39;s focal person must be a member of every delegation.")
            || page.contains("The initiative's focal person must be a member of every delegation."),
        "{page}"
    );
    assert!(page.contains(r#"value="Third delegation""#), "input kept");
    assert!(page.contains("focal_person_required"));
    assert_eq!(app.event_count(), before);
}

#[tokio::test]
async fn forms_cannot_redirect_elsewhere() {
    let app = spawn_app(true).await;
    let (status, _, location) =
        app.post_form(&[("type", "register_party"), ("_return_to", "https://evil.example/"), ("name", "X"), ("kind", "other")]).await;
    assert_eq!(status, 400);
    assert_eq!(location, None);
}

#[tokio::test]
async fn every_page_renders_and_unknown_records_are_404() {
    let app = spawn_app(true).await;
    // Each page, and what it must show of the demo's record.
    for (path, shows) in [
        ("/", "KP–Afghanistan engagement"),
        ("/initiatives", "KP–Afghanistan engagement"),
        ("/registers", "Muhammad Ali Saif"),
        ("/events", "Event log"),
        ("/events?seq=5", "Event log"),
        ("/events/5", "Its proof of inclusion in the ledger"),
        ("/initiatives/ini-1", "KP–Afghanistan engagement"),
        ("/initiatives/ini-1/approval", "Federal approval"),
        ("/initiatives/ini-1/liaison", "Notification and liaison"),
        ("/initiatives/ini-1/delegations", "First delegation (groundwork)"),
        ("/delegations/del-1", "First delegation (groundwork)"),
        ("/initiatives/ini-1/phases", "Security and militant sanctuaries"),
        ("/initiatives/ini-1/meetings", "Peshawar"),
        ("/meetings/mtg-1", "Peshawar"),
        ("/initiatives/ini-1/claims?topic=security", "Militants use Afghan territory to launch attacks in Pakistan."),
        ("/initiatives/ini-1/commitments?status=draft", "Establish a mechanism for the movement of people"),
        ("/commitments/com-1", "Establish a mechanism for the movement of people"),
        ("/audit", "jirga.local/record"),
        ("/audit/proof/3", "Proof of inclusion of entry #3"),
    ] {
        let (status, page) = app.get_text(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(page.contains(shows), "{path} does not show “{shows}”");
        assert!(!page.contains("(Kabul) (Kabul)"), "{path}: a short name repeated after a name that ends with it");
        // A missing Fluent message renders as its id: none may show.
        for prefix in ["field-", "error-", "nav-", "gate-", "topic-", "change-", "kind-"] {
            assert!(!page.contains(&format!(">{prefix}")), "{path}: untranslated {prefix}…");
        }
    }
    for path in [
        "/events/99999",
        "/events/x",
        "/delegations/del-99",
        "/initiatives/ini-9",
        "/nowhere",
        "/initiatives/ini-1/bogus",
        "/audit/proof/9999",
        "/audit/proof/x",
    ] {
        assert_eq!(app.get_text(path).await.0, 404, "{path}");
    }
}

#[tokio::test]
async fn the_ledger_answers_proofs_that_verify_offline() {
    use jirga_ledger::checkpoint::verify_checkpoint;
    use jirga_ledger::tree::{parse_hash, parse_proof, verify_consistency, verify_inclusion};
    let app = spawn_app(true).await;
    let (_, key) = app.get_text("/api/v1/ledger/public-key").await;
    let (status, note) = app.get_text("/api/v1/ledger/checkpoint").await;
    assert_eq!(status, 200);
    let checkpoint = verify_checkpoint(&note, &key).unwrap();
    assert_eq!(checkpoint.size, app.event_count());

    let (status, p) = app.get("/api/v1/ledger/inclusion?index=13").await;
    assert_eq!(status, 200, "{p}");
    let (_, entries) = app.get("/api/v1/ledger/entries?start=13&limit=1").await;
    assert_eq!(entries["items"][0]["leaf_hash"], p["leaf_hash"]);
    let proof = parse_proof(&p["proof"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect::<Vec<_>>().join(",")).unwrap();
    let root = parse_hash(p["root"].as_str().unwrap()).unwrap();
    assert_eq!(root, checkpoint.root);
    verify_inclusion(parse_hash(p["leaf_hash"].as_str().unwrap()).unwrap(), 13, checkpoint.size, root, &proof).unwrap();

    app.command(json!({"type": "register_party", "name": "UNAMA", "kind": "international_body"})).await;
    let (_, c) = app.get(&format!("/api/v1/ledger/consistency?size1={}", checkpoint.size)).await;
    let proof = parse_proof(&c["proof"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect::<Vec<_>>().join(",")).unwrap();
    verify_consistency(checkpoint.size, checkpoint.size + 1, root, parse_hash(c["root2"].as_str().unwrap()).unwrap(), &proof).unwrap();

    // No proof for a tree the log has not reached (yet): not found.
    let (status, err) = app.get("/api/v1/ledger/inclusion?index=9999").await;
    assert_eq!((status, err["code"].as_str().unwrap()), (404, "out_of_range"));
    // Sizes the schema excludes: a bad query, named.
    let (status, err) = app.get("/api/v1/ledger/consistency?size1=0").await;
    assert_eq!((status, err["code"].as_str().unwrap()), (400, "invalid_query"), "{err}");
    let (status, err) = app.get("/api/v1/ledger/entries?start=9007199254740992").await;
    assert_eq!((status, err["code"].as_str().unwrap()), (400, "invalid_query"), "{err}");
    let (status, _) = app.get("/api/v1/ledger/inclusion?index=abc").await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn the_national_framework_guards_commitments() {
    let app = spawn_app(true).await;
    app.command(json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15",
        "approved_topics": ["security", "trade", "movement_of_people"]}))
        .await;
    let draft = |text: &str, topic: &str, areas: Value| {
        json!({"type": "draft_commitment", "initiative": "ini-1", "text": text, "topic": topic,
        "phase": "pha-2", "bound": ["par-1", "par-3"], "owner": "per-1", "drafted_on": "2025-03-16", "areas": areas})
    };
    let to = |c: &str, status: &str, on: &str| json!({"type": "change_commitment_status", "commitment": c, "to": status, "on": on});

    // Border status: forbidden, named by its policy; nothing written.
    let (_, created) = app.command(draft("Demarcate the border at Torkham", "trade", json!(["border_status"]))).await;
    let border = created["created"][0].as_str().unwrap().to_owned();
    let before = app.event_count();
    let (status, body) = app.command(to(&border, "proposed", "2025-03-17")).await;
    assert_eq!((status, body["code"].as_str().unwrap()), (409, "framework_forbidden"), "{body}");
    assert!(body["message"].as_str().unwrap().contains("border-status"));
    assert_eq!(app.event_count(), before);

    // Outside the approved topics: forbidden.
    let (_, created) = app.command(draft("Open a joint hospital", "health", json!([]))).await;
    let health = created["created"][0].as_str().unwrap().to_owned();
    let (_, body) = app.command(to(&health, "proposed", "2025-03-17")).await;
    assert!(body["message"].as_str().unwrap().contains("outside-approved-topics"), "{body}");

    // Extradition: needs concurrence; agreed only after it; the assessment is on the record.
    let (_, created) = app.command(draft("Hand over wanted militants", "security", json!(["extradition"]))).await;
    let ex = created["created"][0].as_str().unwrap().to_owned();
    let (status, _) = app.command(to(&ex, "proposed", "2025-03-17")).await;
    assert_eq!(status, 201);
    let (_, record) = app.get(&format!("/api/v1/commitments/{ex}")).await;
    assert_eq!(record["assessment"]["verdict"], "needs_concurrence");
    let reasons: Vec<&str> = record["assessment"]["reasons"].as_array().unwrap().iter().map(|r| r["policy"].as_str().unwrap()).collect();
    assert_eq!(reasons, ["binds-the-other-side", "extradition"], "it binds the counterpart too: {record}");
    let waive = json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": "2025-03-17", "reason": "Security first."});
    assert_eq!(app.command_as("approver", waive).await.0, 201);
    let (status, body) = app.command(to(&ex, "agreed", "2025-03-18")).await;
    assert_eq!((status, body["code"].as_str().unwrap()), (409, "concurrence_required"));
    let (status, _) = app.command(json!({"type": "concur_with_commitment", "commitment": ex, "concurred_on": "2025-03-18", "concurred_by": "Ministry of Interior"})).await;
    assert_eq!(status, 201);
    // Then its process: accepted by the counterpart in a meeting with it.
    let (status, body) = app.command(to(&ex, "agreed", "2025-03-19")).await;
    assert_eq!((status, body["code"].as_str().unwrap()), (409, "not_accepted_by_counterpart"), "{body}");
    let (_, meeting) = app
        .command(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-19", "place": "Kabul",
            "participants": ["per-1", "per-8"], "outcomes": [{"result": "agreed", "text": "Hand-overs agreed."}]}))
        .await;
    let (status, body) = app
        .command(json!({"type": "report_acceptance", "commitment": ex, "meeting": meeting["created"][0], "accepted_on": "2025-03-19",
            "source": {"publisher": "KP delegation", "title": "Minutes signed in Kabul"}}))
        .await;
    assert_eq!(status, 201, "{body}");
    let (status, _) = app.command(to(&ex, "agreed", "2025-03-19")).await;
    assert_eq!(status, 201);
    let (_, events) = app.get("/api/v1/events?from=0&limit=1000").await;
    let last = events["items"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["event"]["assessment"]["verdict"], "needs_concurrence");
}

#[tokio::test]
async fn binding_forms_ask_to_check_the_answers_first() {
    let app = spawn_app(true).await;
    let before = app.event_count();
    let form = [
        ("type", "decide_approval"),
        ("_form", "decide_approval-apr-1"),
        ("_return_to", "/initiatives/ini-1/approval"),
        ("request", "apr-1"),
        ("decision", "approve"),
        ("decided_on", "2025-03-15"),
        ("waive_phase_order:b", "false"),
    ];
    let (status, page, _) = app.post_form(&form).await;
    assert_eq!(status, 200);
    assert!(page.contains("Check your answers before recording"));
    assert!(page.contains("Approve with terms and conditions"));
    assert!(page.contains(r#"name="_confirmed""#));
    assert_eq!(app.event_count(), before, "nothing recorded before confirming");
    // "Change my answers": the form again, filled in as it was, nothing recorded.
    let mut change = form.to_vec();
    change.push(("_change", "1"));
    let (status, page, _) = app.post_form(&change).await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"<option value="approve" selected>"#), "decision kept");
    assert!(page.contains(r#"value="2025-03-15""#), "date kept");
    assert!(!page.contains(r#"class="error-summary""#));
    assert_eq!(app.event_count(), before);
    let mut confirmed = form.to_vec();
    confirmed.push(("_confirmed", "1"));
    let (status, _, location) = app.post_form(&confirmed).await;
    assert_eq!(status, 303);
    assert_eq!(location.as_deref(), Some("/initiatives/ini-1/approval?done=decide_approval"));
    assert_eq!(app.event_count(), before + 1);
}

#[tokio::test]
async fn before_the_approval_a_proposal_is_refused_for_the_approval_not_for_its_topic() {
    let app = spawn_app(true).await;
    let propose = json!({"type": "change_commitment_status", "commitment": "com-1", "to": "proposed", "on": "2025-03-10"});
    let before = app.event_count();
    let (status, body) = app.command(propose.clone()).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("not_approved")), "{body}");
    assert_eq!(app.event_count(), before, "nothing written");
    // Once approved for other topics, the topic is what is wrong.
    app.command(json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-05", "approved_topics": ["security"]}))
        .await;
    let (status, body) = app.command(propose).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("framework_forbidden")), "{body}");
    assert!(body["message"].as_str().unwrap().contains("outside-approved-topics"), "{body}");
}

/// Scripts should not have to guess ids: a record's page names its id and links
/// the record as the API gives it, a list page links the API's list, and the
/// links answer.
#[tokio::test]
async fn pages_name_their_ids_and_link_the_api() {
    let app = spawn_app(true).await;
    let (_, page) = app.get_text("/initiatives/ini-1").await;
    assert!(page.contains(r#"<code class="record-id" dir="ltr">ini-1</code>"#), "the dashboard names its id");
    assert!(page.contains(r#"href="/api/v1/initiatives/ini-1""#));
    let (status, record) = app.get("/api/v1/initiatives/ini-1").await;
    assert_eq!((status, record["id"].as_str()), (200, Some("ini-1")), "{record}");
    for (path, list) in [
        ("/initiatives/ini-1/claims", "/api/v1/claims?initiative=ini-1"),
        ("/initiatives/ini-1/commitments", "/api/v1/commitments?initiative=ini-1"),
        ("/initiatives/ini-1/meetings", "/api/v1/meetings?initiative=ini-1"),
        ("/initiatives/ini-1/delegations", "/api/v1/delegations?initiative=ini-1"),
        ("/passes", "/api/v1/passes"),
        ("/crossings", "/api/v1/crossings"),
    ] {
        let (_, page) = app.get_text(path).await;
        assert!(page.contains(&format!(r#"href="{list}""#)), "{path} links {list}");
        let (status, body) = app.get(list).await;
        assert_eq!(status, 200, "{list}: {body}");
        let items = body["items"].as_array().expect("a list");
        // The test record has no passes yet; the initiative's lists are full.
        assert!(path.starts_with("/passes") || path.starts_with("/crossings") || !items.is_empty(), "{list} lists what {path} shows");
    }
    let (_, page) = app.get_text("/commitments/com-1").await;
    assert!(page.contains(r#"href="/api/v1/commitments/com-1""#) && page.contains(r#"href="/events/"#));
}

/// A Dari reader types a day as Afghans date a letter, in the Solar Hijri
/// calendar and Extended Arabic-Indic digits: the record keeps the Gregorian
/// day, and the page shows it back in both calendars. An impossible Solar Hijri
/// day is a field error, and nothing is recorded.
#[tokio::test]
async fn a_dari_reader_types_a_solar_hijri_day() {
    let app = spawn_app(true).await;
    app.accounts.set_locale("saif", Some("fa-AF")).unwrap();
    let before = app.event_count();
    let form = |day: &'static str| {
        [
            ("type", "request_guidance"),
            ("_form", "request_guidance-ini-1"),
            ("_return_to", "/initiatives/ini-1/liaison"),
            ("initiative", "ini-1"),
            ("question", "May trade be discussed?"),
            ("asked_on", day),
            ("_days", "asked_on"),
        ]
    };
    // 30 Hoot 1404 does not exist: 1404 is not a leap year, its last month ends on the 29th.
    let (status, page, _) = app.post_form(&form("۱۴۰۴/۱۲/۳۰")).await;
    assert_eq!(status, 422, "an impossible day is refused");
    assert!(page.contains("field-error"), "named at its field");
    assert_eq!(app.event_count(), before, "nothing recorded");
    // Nowruz 1404, typed in Dari digits.
    let (status, _, _) = app.post_form(&form("۱۴۰۴/۰۱/۰۱")).await;
    assert_eq!(status, 303);
    let (_, entry) = app.get("/api/v1/liaison").await;
    let asked: Vec<&str> = entry["items"].as_array().unwrap().iter().filter_map(|e| e["asked_on"].as_str()).collect();
    assert!(asked.contains(&"2025-03-21"), "the record keeps the Gregorian day: {asked:?}");
    let (_, page) = app.get_text("/initiatives/ini-1/liaison").await;
    assert!(page.contains("lang=\"fa-AF\"") && page.contains("dir=\"rtl\""));
    assert!(page.contains("۱۴۰۴") && page.contains("حمل") && page.contains("۲۰۲۵-۰۳-۲۱"), "shown back in both calendars");
}

/// A JSON error keeps its stable `code` in every language; its `message`
/// follows `Accept-Language` (negotiated like the pages: q-weights, `prs` for
/// Dari), with `Content-Language` saying which; English by default.
#[tokio::test]
async fn an_api_error_speaks_the_clients_language_and_keeps_its_code() {
    let app = spawn_app(true).await;
    let ask = |language: Option<&'static str>| {
        let mut request =
            app.client.post(format!("{}/api/v1/commands", app.base)).bearer_auth(&app.tokens["saif"]).json(
                &serde_json::json!({"type": "request_guidance", "initiative": "ini-404", "question": "Q?", "asked_on": "2025-03-15"}),
            );
        if let Some(language) = language {
            request = request.header("accept-language", language);
        }
        async move {
            let response = request.send().await.unwrap();
            let content_language = response.headers().get("content-language").map(|v| v.to_str().unwrap().to_owned());
            (response.status().as_u16(), content_language, response.json::<serde_json::Value>().await.unwrap())
        }
    };
    let (status, language, english) = ask(None).await;
    assert_eq!((status, language, english["code"].as_str()), (404, None, Some("not_found")));
    assert!(english["message"].as_str().unwrap().contains("There is no initiative"), "{english}");
    let (status, language, dari) = ask(Some("prs-AF,prs;q=0.9,en;q=0.5")).await;
    assert_eq!((status, language.as_deref(), dari["code"].as_str()), (404, Some("fa-AF"), Some("not_found")));
    assert!(dari["message"].as_str().unwrap().contains("ابتکار") && dari["message"].as_str().unwrap().contains("ini-404"), "{dari}");
    let (_, language, urdu) = ask(Some("en-US;q=0.1,ur;q=0.9")).await;
    assert_eq!(language.as_deref(), Some("ur-PK"));
    assert!(urdu["message"].as_str().unwrap().contains("اقدام"), "{urdu}");
    let (_, language, _) = ask(Some("xx-garbage;;q=abc")).await;
    assert_eq!(language, None, "garbage: English");
}

/// A person chooses how they read the record on their profile: a language and
/// a calendar. The Hijri calendar's dates say they are computed; the record's
/// dates stay Gregorian; a forged value (a calendar jirga does not know, a
/// language not offered) or a missing form token is refused and nothing kept.
#[tokio::test]
async fn a_person_chooses_their_language_and_calendar_on_their_profile() {
    let app = spawn_app(true).await;
    let (cookie, csrf) = app.session("saif").await;
    let post = |body: String| {
        app.client
            .post(format!("{}/profile", app.base))
            .header("cookie", format!("jirga_session={cookie}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let (status, page) = app.page_as("saif", "/profile").await;
    assert!(
        page.contains("id=\"profile-reading\"") && page.contains("Provincial coordinator"),
        "the profile names the roles: {status} {}",
        &page[page.len().saturating_sub(1500)..]
    );
    // Forgeries: nothing kept.
    for forged in [
        format!("_csrf={csrf}&locale=en&calendar=julian"),
        format!("_csrf={csrf}&locale=de&calendar=hijri"),
        "_csrf=nope&locale=ur-PK&calendar=hijri".to_owned(),
    ] {
        let status = post(forged.clone()).await.unwrap().status().as_u16();
        assert!(status == 400 || status == 403, "{forged}: {status}");
    }
    let (_, page) = app.page_as("saif", "/initiatives/ini-1").await;
    assert!(page.contains("lang=\"en\"") && page.contains("2025-03-02") && !page.contains("hijri-computed"), "nothing changed");
    // Urdu, in the Hijri calendar.
    let response = post(format!("_csrf={csrf}&locale=ur-PK&calendar=hijri")).await.unwrap();
    assert_eq!(response.status().as_u16(), 303);
    let (_, page) = app.page_as("saif", "/initiatives/ini-1").await;
    assert!(page.contains("lang=\"ur-PK\""), "the language kept");
    // 2 March 2025 was 2 Ramadan 1446 (tabular).
    assert!(page.contains("1446") && page.contains("(2025-03-02)"), "Hijri dates with the Gregorian beside them");
    assert!(page.contains("id=\"hijri-computed\""), "said to be computed");
    let (_, record) = app.get("/api/v1/approvals?limit=1").await;
    assert!(record.to_string().contains("2025-03-02"), "the record's dates stay Gregorian: {record}");
}
