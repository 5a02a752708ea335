//! Authorization through the real HTTP API: every role × every command, reads by
//! the counterpart, and the security of sessions, forms and tokens.

use serde_json::{Value, json};

use crate::helpers::{csrf_field, extra_user, form_body, set_cookie, spawn_app};

/// One well-formed command of each type on the demo record. Whether the domain
/// then accepts it does not matter here: the matrix asks only whether the
/// authorization let it through to the domain.
fn sample(command: &str) -> Value {
    match command {
        "register_party" => json!({"type": command, "name": "UNAMA", "kind": "international_body"}),
        "register_person" => json!({"type": command, "name_latin": "Elder of Landi Kotal"}),
        "launch_initiative" => json!({"type": command, "title": "Second track", "province": "par-1", "federal": "par-2",
            "counterpart": "par-3", "topics": ["trade"], "focal_person": "per-1", "launched_on": "2025-04-01"}),
        "change_initiative_settings" => json!({"type": command, "initiative": "ini-1", "groundwork_first": true}),
        "request_approval" => {
            json!({"type": command, "initiative": "ini-1", "topics": ["trade"], "planned_delegations": 1, "requested_on": "2025-03-02"})
        }
        "decide_approval" => json!({"type": command, "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15"}),
        "suspend_approval" => json!({"type": command, "request": "apr-1", "suspended_on": "2025-03-20", "reason": "Terms breached."}),
        "reinstate_approval" => json!({"type": command, "request": "apr-1", "reinstated_on": "2025-03-22", "reason": "Assurances given."}),
        "withdraw_approval" => {
            json!({"type": command, "request": "apr-1", "withdrawn_on": "2025-03-25", "reason": "Circumstances changed."})
        }
        "waive_phase_order" => {
            json!({"type": command, "initiative": "ini-1", "waived_on": "2025-03-15", "reason": "Urgent trade matters."})
        }
        "request_waiver" => json!({"type": command, "initiative": "ini-1", "rule": "phase_order", "requested_on": "2025-03-12",
            "reason": "Trade cannot wait."}),
        "refuse_waiver" => json!({"type": command, "initiative": "ini-1", "rule": "phase_order", "refused_on": "2025-03-12",
            "reason": "Security first."}),
        "notify_federal_government" => {
            json!({"type": command, "initiative": "ini-1", "subject": "Update", "body": "Progress.", "sent_on": "2025-03-15"})
        }
        "acknowledge_notification" => {
            json!({"type": command, "notification": "not-1", "acknowledged_on": "2025-03-16", "acknowledged_by": "MoFA desk"})
        }
        "request_guidance" => {
            json!({"type": command, "initiative": "ini-1", "question": "May trade be discussed?", "asked_on": "2025-03-15"})
        }
        "answer_guidance" => json!({"type": command, "entry": "lia-1", "answer": "Yes, within the approval.", "answered_on": "2025-03-16"}),
        "form_delegation" => {
            json!({"type": command, "initiative": "ini-1", "name": "Third", "purpose": "groundwork", "formed_on": "2025-03-15",
            "members": [{"person": "per-1", "role": "focal_person"}]})
        }
        "add_delegation_member" => json!({"type": command, "delegation": "del-1", "person": "per-6", "role": "religious_scholar"}),
        "remove_delegation_member" => json!({"type": command, "delegation": "del-1", "person": "per-5"}),
        "plan_visit" => json!({"type": command, "delegation": "del-1", "destination": "Kabul", "planned_for": "2025-03-25"}),
        "record_travel" => json!({"type": command, "visit": "vis-1", "travelled_on": "2025-03-20"}),
        "report_back" => json!({"type": command, "visit": "vis-1", "reported_on": "2025-03-22", "report": "Met the consul."}),
        "add_phase" => json!({"type": command, "initiative": "ini-1", "title": "Education", "topics": ["education"]}),
        "conclude_phase" => json!({"type": command, "phase": "pha-1", "concluded_on": "2025-04-01"}),
        "add_agenda_item" => json!({"type": command, "phase": "pha-1", "title": "Prisoners", "topic": "security"}),
        "record_meeting" => json!({"type": command, "initiative": "ini-1", "held_on": "2025-03-10", "place": "Peshawar",
            "participants": ["per-1"], "agenda_items": [], "outcomes": []}),
        "acknowledge_breach" => json!({"type": command, "meeting": "mtg-1", "acknowledged_on": "2025-03-16", "note": "Noted."}),
        "state_claim" => json!({"type": command, "initiative": "ini-1", "topic": "trade", "proposition": "Torkham closures cost traders."}),
        "record_position" => json!({"type": command, "claim": "clm-1", "party": "par-1", "stance": "asserts", "statement": "Yes.",
            "stated_on": "2025-03-10", "source": {"publisher": "Dawn", "title": "KP to send delegation", "url": "https://www.dawn.com/"}}),
        "draft_commitment" => {
            json!({"type": command, "initiative": "ini-1", "text": "Open Torkham daily.", "topic": "trade", "phase": "pha-2",
            "bound": ["par-1"], "owner": "per-1", "drafted_on": "2025-03-10"})
        }
        "concur_with_commitment" => json!({"type": command, "commitment": "com-3", "concurred_on": "2025-03-16", "concurred_by": "MoF"}),
        "change_commitment_status" => json!({"type": command, "commitment": "com-1", "to": "proposed", "on": "2025-03-16"}),
        "report_progress" => json!({"type": command, "commitment": "com-1", "reported_on": "2025-03-16", "note": "Drafting."}),
        "accept_commitment" => json!({"type": command, "commitment": "com-1", "meeting": "mtg-2", "accepted_on": "2025-03-16"}),
        "report_acceptance" => json!({"type": command, "commitment": "com-1", "meeting": "mtg-1", "accepted_on": "2025-03-16",
            "source": {"publisher": "KP delegation", "title": "Minutes"}}),
        "report_on_condition" => {
            json!({"type": command, "request": "apr-1", "condition": 1, "reported_on": "2025-03-16", "report": "Done."})
        }
        "acknowledge_travel_breach" => json!({"type": command, "visit": "vis-1", "acknowledged_on": "2025-03-16", "note": "Noted."}),
        "approve_policy_change" => json!({"type": command, "version": "pol-1", "approved_on": "2025-03-16"}),
        "refuse_policy_change" => json!({"type": command, "version": "pol-1", "refused_on": "2025-03-16", "reason": "No."}),
        "add_note" => json!({"type": command, "record": "ini-1", "text": "Seen."}),
        "change_policies" => json!({"type": command, "policy_set": "authorization", "previous": "x", "text": "y", "reason": "Test."}),
        "register_crossing_point" => json!({"type": command, "code": "wagah", "name": "Wagah"}),
        "issue_pass" => json!({"type": command, "document_id": "JP-0001", "purpose": "medical", "crossing_points": ["torkham"],
            "valid_from": "2026-01-01", "valid_until": "2026-01-31", "entries": {"kind": "single"}, "authority": "KP", "kid": "AAAAAAAAAAA=",
            "issued_on": "2026-01-01", "holder_commitment": "00"}),
        "revoke_pass" => json!({"type": command, "pass": "pas-1", "revoked_on": "2026-01-02", "reason": "Lost."}),
        "record_crossing" => json!({"type": command, "document_id": "JP-0001", "crossing_point": "torkham", "direction": "entry",
            "crossed_at": "2026-01-02T08:00:00Z", "presented": {"issuer": "KP", "crossing_points": ["torkham"], "max_entries": 1}}),
        "erase_pass_holders" => json!({"type": command, "passes": ["pas-1"], "erased_on": "2026-03-01", "reason": "Retention ended."}),
        "record_incidents" => json!({"type": command, "source": "Hand entry", "format": "form", "rows": INCIDENT_ROW}),
        "amend_incident" => json!({"type": command, "incident": "PAKJ90", "row": INCIDENT_ROW, "reason": "Fatalities corrected."}),
        "add_incident_report" => json!({"type": command, "incident": "PAKJ90", "publisher": "Dawn", "published_on": "2025-03-01",
            "excerpt": "A suicide bomber struck."}),
        "resolve_duplicate" => json!({"type": command, "incident": "PAKJ90", "duplicate_of": "PAKJ91", "decision": "keep_apart"}),
        "report_movement" => {
            json!({"type": command, "crossing_point": "torkham", "observed_on": "2025-03-01", "direction": "into_pakistan",
            "group": "TTP", "source": {"publisher": "Dawn", "title": "Militants cross"}, "description": "A group of twenty crossed at night."})
        }
        "cite_evidence" => json!({"type": command, "record": "age-1", "incidents": ["PAKJ90"], "note": "The bombing at Akora Khattak."}),
        "register_community" => json!({"type": command, "name_latin": "Mullagori", "kind": "tribe", "districts": ["khyber"]}),
        "add_elder" => json!({"type": command, "community": "cmy-2", "person": "per-11", "standing": "elder", "since": "2025-03-10"}),
        "raise_grievance" => json!({"type": command, "community": "cmy-1", "topic": "trade", "raised_on": "2025-03-10",
            "text": "Traders wait days at Torkham.", "source": {"publisher": "Jirga", "title": "Minutes"}}),
        "advance_grievance" => json!({"type": command, "grievance": "grv-3", "to": "acknowledged", "on": "2025-03-10"}),
        "mark_confidence_building" => {
            json!({"type": command, "commitment": "com-2", "communities": ["cmy-1"], "parties": ["par-1"], "marked_on": "2025-03-10"})
        }
        "add_milestone" => json!({"type": command, "commitment": "com-2", "title": "Joint patrols", "due_on": "2025-06-30"}),
        "report_milestone" => json!({"type": command, "commitment": "com-1", "milestone": 2, "on": "2025-03-10", "value": 6}),
        "score_implementation" => json!({"type": command, "commitment": "com-1", "score": 1, "scored_on": "2025-03-10",
            "evidence": {"kind": "report", "description": "A desk is open."}}),
        "register_signing_key" => json!({"type": command, "party": "par-1", "person": "per-1",
            "key": "kp.test/saif+01234567+AeIXsSwrTlA0e7whTOpRwfzBKRHlnzUbmAGM2dnH6WeA", "registered_on": "2025-03-10"}),
        "cosign_agreement" => json!({"type": command, "commitment": "com-1",
            "signature": "— kp.test/saif AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0Q="}),
        "cosign_outcome" => json!({"type": command, "meeting": "mtg-2", "outcome": 1,
            "signature": "— kp.test/saif AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0Q="}),
        "erase_grievance_raiser" => {
            json!({"type": command, "grievance": "grv-2", "erased_on": "2025-03-20", "reason": "Resolved; retention ended."})
        }
        "set_duplicate_tolerance" => {
            json!({"type": command, "days": 2, "km": 15, "reason": "Reports from the tribal districts arrive late."})
        }
        other => panic!("no sample for {other}"),
    }
}

/// One hand-entered incident, as ACLED's CSV row.
const INCIDENT_ROW: &str = "PAKJ90,2025-02-28,2025,1,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),,2,Civilians (Pakistan),,7,27,Civilian targeting,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,Nowshera,,Akora Khattak,34.0167,72.1333,1,Dawn,National,Bombing at Darul Uloom Haqqania.,8,,0\n";

/// Users, in the order of the matrix's columns.
const USERS: [&str; 9] = ["saif", "approver", "member", "analyst", "passes", "border", "auditor", "admin", "consul"];

/// Expected decisions: one letter per user of [`USERS`] (Y allowed, n refused).
/// Columns: coordinator, federal approver, delegation member, security analyst,
/// pass officer, border officer, auditor, administrator, counterpart member.
#[rustfmt::skip]
const MATRIX: &[(&str, &str)] = &[
    ("register_party",             "Ynnnnnnnn"),
    ("register_person",            "Ynnnnnnnn"),
    ("launch_initiative",          "Ynnnnnnnn"),
    ("change_initiative_settings", "nYnnnnnnn"),
    ("request_approval",           "Ynnnnnnnn"),
    ("decide_approval",            "nYnnnnnnn"),
    ("report_on_condition",        "Ynnnnnnnn"),
    ("suspend_approval",           "nYnnnnnnn"),
    ("reinstate_approval",         "nYnnnnnnn"),
    ("withdraw_approval",          "nYnnnnnnn"),
    ("waive_phase_order",          "nYnnnnnnn"),
    ("request_waiver",             "Ynnnnnnnn"),
    ("refuse_waiver",              "nYnnnnnnn"),
    ("notify_federal_government",  "Ynnnnnnnn"),
    ("acknowledge_notification",   "nYnnnnnnn"),
    ("request_guidance",           "Ynnnnnnnn"),
    ("answer_guidance",            "nYnnnnnnn"),
    ("form_delegation",            "Ynnnnnnnn"),
    ("add_delegation_member",      "Ynnnnnnnn"),
    ("remove_delegation_member",   "Ynnnnnnnn"),
    ("plan_visit",                 "Ynnnnnnnn"),
    ("record_travel",              "Ynnnnnnnn"),
    ("report_back",                "Ynnnnnnnn"),
    ("add_phase",                  "Ynnnnnnnn"),
    ("conclude_phase",             "Ynnnnnnnn"),
    ("add_agenda_item",            "Ynnnnnnnn"),
    ("record_meeting",             "Ynnnnnnnn"),
    ("acknowledge_breach",         "nYnnnnnnn"),
    ("acknowledge_travel_breach",  "nYnnnnnnn"),
    ("state_claim",                "Ynnnnnnnn"),
    ("record_position",            "Ynnnnnnnn"),
    ("draft_commitment",           "Ynnnnnnnn"),
    ("concur_with_commitment",     "nYnnnnnnn"),
    ("change_commitment_status",   "Ynnnnnnnn"),
    ("accept_commitment",          "nnnnnnnnY"),
    ("report_acceptance",          "Ynnnnnnnn"),
    ("report_progress",            "Ynnnnnnnn"),
    ("add_note",                   "YYYnnnnnn"),
    ("register_crossing_point",    "nnnnnnnYn"),
    ("issue_pass",                 "nnnnYnnnn"),
    ("revoke_pass",                "nnnnYnnnn"),
    ("record_crossing",            "nnnnnYnnn"),
    ("erase_pass_holders",         "nnnnYnnnn"),
    ("record_incidents",           "nnnYnnnnn"),
    ("amend_incident",             "nnnYnnnnn"),
    ("add_incident_report",        "nnnYnnnnn"),
    ("resolve_duplicate",          "nnnYnnnnn"),
    ("report_movement",            "nnnYnnnnn"),
    ("set_duplicate_tolerance",    "nnnYnnnnn"),
    ("cite_evidence",              "YnnYnnnnn"),
    ("register_community",         "Ynnnnnnnn"),
    ("add_elder",                  "Ynnnnnnnn"),
    ("raise_grievance",            "YnYnnnnnn"),
    ("advance_grievance",          "Ynnnnnnnn"),
    ("mark_confidence_building",   "Ynnnnnnnn"),
    ("add_milestone",              "Ynnnnnnnn"),
    ("report_milestone",           "Ynnnnnnnn"),
    ("score_implementation",       "YYnnnnnnn"),
    ("register_signing_key",       "Ynnnnnnnn"),
    ("cosign_agreement",           "YnnnnnnnY"),
    ("cosign_outcome",             "YnnnnnnnY"),
    ("erase_grievance_raiser",     "Ynnnnnnnn"),
    ("change_policies",            "nnnnnnnYn"),
    ("approve_policy_change",      "nYnnnnnnn"),
    ("refuse_policy_change",       "nYnnnnnnn"),
];

#[tokio::test]
async fn every_role_times_every_command() {
    let app = spawn_app(true).await;
    let listed: Vec<&str> = MATRIX.iter().map(|(c, _)| *c).collect();
    assert_eq!(listed, jirga_core::Command::NAMES, "the matrix covers every command, in order");
    for command in &listed {
        // Well-formed, so an "allowed" cell cannot pass by failing to parse.
        let parsed = serde_json::from_value::<jirga_core::Command>(sample(command)).unwrap_or_else(|e| panic!("{command}: {e}"));
        assert_eq!(parsed.name(), *command, "a command's name is its JSON type");
    }
    let mut wrong = Vec::new();
    for (command, row) in MATRIX {
        for (user, expected) in USERS.iter().zip(row.chars()) {
            let before = app.event_count();
            let (status, body) = app.command_as(user, sample(command)).await;
            if serde_json::from_value::<jirga_core::Command>(sample(command)).unwrap().built_by_server() {
                // Never from a client, whoever it is; the border post's own
                // route is authorized by the same row (attacks.rs checks it).
                if (status, body["code"].as_str()) != (422, Some("verified_document_required")) || app.event_count() != before {
                    wrong.push(format!("{user} {command}: a client's own findings were not refused: {status} {body}"));
                }
                continue;
            }
            let refused = status == 403 && body["code"] == "not_authorized";
            if refused && app.event_count() != before {
                wrong.push(format!("{user} {command}: refused but recorded"));
            }
            if refused != (expected == 'n') {
                wrong.push(format!(
                    "{user} {command}: expected {}, got {status} {body}",
                    if expected == 'Y' { "allowed" } else { "refused" }
                ));
            }
            if refused {
                assert!(body["message"].as_str().unwrap().contains(command), "the refusal names the command: {body}");
            }
        }
    }
    assert!(wrong.is_empty(), "{} cells differ:\n{}", wrong.len(), wrong.join("\n"));
}

#[tokio::test]
async fn nobody_approves_a_request_of_their_own_organization() {
    let app = spawn_app(true).await;
    let token =
        extra_user(&app, "kp-approver", "A federal approver posted in Peshawar", "org-kp", jirga_core::model::UserRole::FederalApprover);
    let response =
        app.client.post(format!("{}/api/v1/commands", app.base)).bearer_auth(token).json(&sample("decide_approval")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 403);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "not_authorized");
    assert!(body["message"].as_str().unwrap().contains("no-deciding-own-request"), "{body}");
    // The approver of the federal ministry may.
    let (status, body) = app.command_as("approver", sample("decide_approval")).await;
    assert_eq!(status, 201, "{body}");
    let (_, approval) = app.get("/api/v1/approvals/apr-1").await;
    assert_eq!(approval["history"].as_array().unwrap().last().unwrap()["actor"]["user"], "approver");
}

#[tokio::test]
async fn without_a_login_only_the_login_page_health_and_checkpoint_are_served() {
    let app = spawn_app(true).await;
    for path in ["/api/v1/parties", "/api/v1/commitments/com-1", "/api/v1/events", "/api/v1/ledger/inclusion?index=0", "/api/v1/me"] {
        let (status, body) = app.get_anonymous(path).await;
        assert_eq!(status, 401, "{path}: {body}");
        assert!(body.contains("unauthenticated"), "{path}");
    }
    for path in ["/", "/initiatives/ini-1", "/commitments/com-1", "/audit", "/events"] {
        let response = app.client.get(format!("{}{path}", app.base)).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 303, "{path}");
        assert!(response.headers()["location"].to_str().unwrap().starts_with("/login?next="), "{path}");
    }
    // The API's description is public, as README says: it holds no record data.
    for path in ["/login", "/healthz", "/api/v1/ledger/checkpoint", "/api/v1/openapi.json"] {
        assert_eq!(app.get_anonymous(path).await.0, 200, "{path}");
    }
    let (status, _) = app.post_command_as_anonymous(&sample("register_party")).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn the_counterpart_sees_only_what_is_shared_with_it() {
    let app = spawn_app(true).await;
    // Officials read everything; the consul sees only the meeting he attended
    // (the Chief Minister's, on the record as a breach, not the jirga with the
    // Afridi elders) and nothing is agreed.
    assert_eq!(app.get("/api/v1/meetings").await.1["items"].as_array().unwrap().len(), 3);
    // He sees the communities of the talks, never the grievances they raised.
    assert_eq!(app.get_as("consul", "/api/v1/communities").await.1["items"].as_array().unwrap().len(), 4);
    assert_eq!(app.get_as("consul", "/api/v1/grievances").await.1["items"], json!([]));
    assert_eq!(app.get_as("consul", "/api/v1/grievances/grv-1").await.0, 404);
    let attended = app.get_as("consul", "/api/v1/meetings").await.1;
    assert_eq!(attended["items"].as_array().unwrap().iter().map(|m| m["id"].clone()).collect::<Vec<_>>(), vec![json!("mtg-2")]);
    assert_eq!(app.get_as("consul", "/api/v1/commitments").await.1["items"], json!([]));
    assert_eq!(app.get_as("consul", "/api/v1/initiatives/ini-1").await.0, 404);
    assert_eq!(app.get_as("consul", "/api/v1/events").await.0, 403);
    assert_eq!(app.get_as("consul", "/api/v1/ledger/entries").await.0, 403);
    // A meeting he attends, and a commitment proposed to him, become visible to him.
    app.command(json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15",
        "approved_topics": ["security", "trade", "movement_of_people"], "waive_phase_order": true}))
        .await;
    let (status, body) = app
        .command(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-21", "place": "Kabul",
        "participants": ["per-1", "per-8"], "agenda_items": [], "outcomes": [{"result": "agreed", "text": "The mechanism for medical and business travel."}]}))
        .await;
    assert_eq!(status, 201, "{body}");
    let meeting = body["created"][0].as_str().unwrap().to_owned();
    let (status, body) =
        app.command(json!({"type": "change_commitment_status", "commitment": "com-1", "to": "proposed", "on": "2025-03-16"})).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(app.get_as("consul", "/api/v1/commitments/com-1").await.0, 200, "proposed to him: he reads it");
    // Only the counterpart's own people record its acceptance; the province only reports it, with a source.
    let accept = json!({"type": "accept_commitment", "commitment": "com-1", "meeting": meeting, "accepted_on": "2025-03-21"});
    assert_eq!(app.command_as("saif", accept.clone()).await.0, 403, "the province cannot accept on the counterpart's behalf");
    // A colleague of the consul who did not take part in that meeting cannot
    // record an acceptance given in it.
    let colleague = extra_user(&app, "consulate-clerk", "Consulate clerk", "org-afg", jirga_core::model::UserRole::DelegationMember);
    let before = app.event_count();
    let (status, body) = app.post_json_with_token(&colleague, "/api/v1/commands", &accept).await;
    assert_eq!((status, body["code"].as_str()), (403, Some("not_authorized")), "{body}");
    assert!(body["message"].as_str().unwrap_or_default().contains("accept-in-a-meeting-one-attended"), "{body}");
    assert_eq!(app.event_count(), before);
    let (status, body) = app.command_as("consul", accept).await;
    assert_eq!(status, 201, "{body}");
    // It binds the counterpart: the federal side confirms its classification first.
    let (status, body) = app
        .command(json!({"type": "concur_with_commitment", "commitment": "com-1", "concurred_on": "2025-03-21", "concurred_by": "MoFA"}))
        .await;
    assert_eq!(status, 201, "{body}");
    let (status, body) =
        app.command(json!({"type": "change_commitment_status", "commitment": "com-1", "to": "agreed", "on": "2025-03-21"})).await;
    assert_eq!(status, 201, "{body}");
    let meetings = app.get_as("consul", "/api/v1/meetings").await.1;
    assert_eq!(
        meetings["items"].as_array().unwrap().iter().map(|m| m["id"].clone()).collect::<Vec<_>>(),
        vec![json!("mtg-2"), json!(meeting)]
    );
    let commitments = app.get_as("consul", "/api/v1/commitments").await.1;
    assert_eq!(commitments["items"].as_array().unwrap().iter().map(|c| c["id"].clone()).collect::<Vec<_>>(), vec![json!("com-1")]);
    assert_eq!(app.get_as("consul", "/api/v1/commitments/com-2").await.0, 404, "not agreed: as if it did not exist");
    // Auditors read everything, the log included.
    assert_eq!(app.get_as("auditor", "/api/v1/events").await.0, 200);
    assert_eq!(app.get_as("auditor", "/api/v1/commitments").await.1["items"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn a_form_without_the_session_token_is_refused() {
    let app = spawn_app(true).await;
    let before = app.event_count();
    let form =
        [("type", "add_note"), ("_form", "add_note-ini-1"), ("_return_to", "/initiatives/ini-1"), ("record", "ini-1"), ("text", "Forged.")];
    for token in ["", "not-the-token"] {
        let mut pairs = form.to_vec();
        pairs.push(("_csrf", token));
        let (status, page, _) = app.post_form_as("saif", &pairs).await;
        assert_eq!(status, 403, "token {token:?}");
        assert!(page.contains("security token"), "the page says why");
    }
    // Another user's token does not do either.
    let (_, approver_token) = app.session("approver").await;
    let mut pairs = form.to_vec();
    pairs.push(("_csrf", &approver_token));
    assert_eq!(app.post_form_as("saif", &pairs).await.0, 403);
    assert_eq!(app.event_count(), before, "nothing recorded");
    // With the right token it goes through.
    let (status, _, _) = app.post_form_as("saif", &form).await;
    assert_eq!(status, 303);
    assert_eq!(app.event_count(), before + 1);
    // The login form needs its own token too.
    let response = app
        .client
        .post(format!("{}/login", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form_body(&[("username", "saif"), ("password", &crate::helpers::password("saif"))]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    assert!(set_cookie(&response, "jirga_session").is_none());
}

#[tokio::test]
async fn login_mints_a_new_session_id_and_logout_ends_it() {
    let app = spawn_app(true).await;
    // An attacker plants a session id before the victim logs in.
    let (login_cookie, token) = app.login_form().await;
    let planted = "attacker-chosen-session-id";
    let response = app
        .client
        .post(format!("{}/login", app.base))
        .header("cookie", format!("jirga_login={login_cookie}; jirga_session={planted}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form_body(&[("username", "saif"), ("password", &crate::helpers::password("saif")), ("_csrf", &token), ("next", "/")]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
    let cookie_header = response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect::<Vec<_>>();
    let session_cookie = cookie_header.iter().find(|c| c.starts_with("jirga_session=")).unwrap();
    assert!(session_cookie.contains("HttpOnly") && session_cookie.contains("SameSite=Lax"), "{session_cookie}");
    let session = set_cookie(&response, "jirga_session").unwrap();
    assert_ne!(session, planted);
    assert!(session.len() >= 43, "256 random bits");
    let page = |cookie: String| {
        let client = app.client.clone();
        let url = format!("{}/registers", app.base);
        async move { client.get(url).header("cookie", format!("jirga_session={cookie}")).send().await.unwrap() }
    };
    assert_eq!(page(planted.to_owned()).await.status().as_u16(), 303, "the planted id is worthless");
    let signed_in = page(session.clone()).await;
    assert_eq!(signed_in.status().as_u16(), 200);
    let csrf = csrf_field(&signed_in.text().await.unwrap()).unwrap();
    // A second login gets yet another id.
    let again = set_cookie(&app.login("saif", &crate::helpers::password("saif")).await, "jirga_session").unwrap();
    assert_ne!(again, session);
    // Sign out: the session is gone on the server, not just in the browser.
    let out = app
        .client
        .post(format!("{}/logout", app.base))
        .header("cookie", format!("jirga_session={session}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form_body(&[("_csrf", &csrf)]))
        .send()
        .await
        .unwrap();
    assert_eq!(out.status().as_u16(), 303);
    assert_eq!(page(session).await.status().as_u16(), 303);
    // Behind TLS the cookie is Secure; attacks.rs checks that only a trusted
    // proxy may say so.
    let behind_proxy = crate::helpers::spawn_app_with(false, |state| state.trusted_proxies = vec!["127.0.0.1".parse().unwrap()]).await;
    let form = behind_proxy.client.get(format!("{}/login", behind_proxy.base)).header("x-forwarded-proto", "https").send().await.unwrap();
    let cookie = form.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.contains("; Secure"), "{cookie}");
}

#[tokio::test]
async fn repeated_failed_logins_are_slowed_then_locked() {
    let app = spawn_app(false).await;
    let started = std::time::Instant::now();
    let mut statuses = Vec::new();
    for i in 0..5 {
        let response = app.login("member", &format!("wrong guess {i}")).await;
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 401, 429]);
    assert!(started.elapsed() >= std::time::Duration::from_millis(250 + 500 + 750), "slowed: {:?}", started.elapsed());
    // A form without the fields is wrong credentials on the form too, not a bare error.
    let (login_cookie, token) = app.login_form().await;
    let bare = app
        .client
        .post(format!("{}/login", app.base))
        .header("cookie", format!("jirga_login={login_cookie}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form_body(&[("_csrf", &token)]))
        .send()
        .await
        .unwrap();
    assert_eq!(bare.status().as_u16(), 401);
    assert!(bare.text().await.unwrap().contains("Wrong username or password"));
    // Locked: the right password is refused too, and the page says so.
    let response = app.login("member", &crate::helpers::password("member")).await;
    assert_eq!(response.status().as_u16(), 429);
    assert!(response.text().await.unwrap().contains("account_locked"));
    // Another user is not affected; an administrator unlocks.
    assert_eq!(app.login("saif", &crate::helpers::password("saif")).await.status().as_u16(), 303);
    app.accounts.unlock("member").unwrap();
    assert_eq!(app.login("member", &crate::helpers::password("member")).await.status().as_u16(), 303);
}

#[tokio::test]
async fn a_revoked_token_is_refused_and_sessions_cannot_change_data_through_the_api() {
    let app = spawn_app(true).await;
    let token = app.tokens["saif"].clone();
    assert_eq!(app.get("/api/v1/me").await.1["user"], "saif");
    let id = &token["jirga_".len().."jirga_".len() + 12];
    app.accounts.revoke_token(id).unwrap();
    let (status, body) = app.get("/api/v1/me").await;
    assert_eq!((status, body["code"].as_str()), (401, Some("unauthenticated")));
    assert_eq!(app.command_as("saif", sample("register_party")).await.0, 401);
    // A browser session reads the API but cannot post commands to it.
    let (cookie, _) = app.session("saif").await;
    let read = app.client.get(format!("{}/api/v1/me", app.base)).header("cookie", format!("jirga_session={cookie}")).send().await.unwrap();
    assert_eq!(read.status().as_u16(), 200);
    let write = app
        .client
        .post(format!("{}/api/v1/commands", app.base))
        .header("cookie", format!("jirga_session={cookie}"))
        .json(&sample("register_party"))
        .send()
        .await
        .unwrap();
    assert_eq!(write.status().as_u16(), 401);
}

#[tokio::test]
async fn an_administrator_changes_a_policy_through_the_form() {
    let app = spawn_app(true).await;
    let (status, page) = app.page_as("admin", "/policies").await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"id="change_policies-concurrence""#));
    let previous = app.engine.policy_in_force(jirga_core::model::PolicySetName::Concurrence).unwrap();
    let form = |text: &str| {
        vec![
            ("type", "change_policies".to_owned()),
            ("_form", "change_policies-concurrence".to_owned()),
            ("_return_to", "/policies".to_owned()),
            ("policy_set", "concurrence".to_owned()),
            ("previous", previous.clone()),
            ("text", text.to_owned()),
            ("reason", "Extradition is for the courts to decide.".to_owned()),
        ]
    };
    let app = &app;
    let post = |pairs: Vec<(&'static str, String)>| async move {
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        app.post_form_as("admin", &pairs).await
    };
    // Invalid: refused on the form with the file and the line, nothing recorded.
    let before = app.event_count();
    let broken = format!("{previous}\npermit (principal, action, resource) when {{ resource.colour == \"red\" }};");
    let (status, page, _) = post(form(&broken)).await;
    assert_eq!(status, 422);
    assert!(page.contains("policy_invalid") && page.contains("concurrence.cedar:"), "{page}");
    assert_eq!(app.event_count(), before);
    // Valid: recorded, with its difference on the page.
    let stricter = previous
        .replace("@reason(\"Extradition needs federal concurrence.\")", "@reason(\"Extradition always needs federal concurrence.\")");
    assert_ne!(stricter, previous);
    // First, what the change does, before anything is recorded: the policy it
    // changes by name, and the difference.
    let (status, page, _) = post(form(&stricter)).await;
    assert_eq!(status, 200);
    assert!(page.contains("Check your answers") && page.contains(r#"<code dir="ltr">extradition</code>"#), "{page}");
    assert!(page.contains("+@reason(&quot;Extradition always") || page.contains("+@reason(\"Extradition always"), "the difference");
    assert_eq!(app.event_count(), before, "nothing recorded before it is confirmed");
    let mut confirmed = form(&stricter);
    confirmed.push(("_confirmed", "1".to_owned()));
    let (status, _, location) = post(confirmed).await;
    assert_eq!(status, 303, "{location:?}");
    assert_eq!(app.event_count(), before + 1);
    let (_, page) = app.page_as("admin", "/policies").await;
    assert!(
        page.contains("+@reason(&quot;Extradition always needs federal concurrence.&quot;)")
            || page.contains("+@reason(\"Extradition always"),
        "the diff is shown"
    );
    assert!(page.contains("System administrator, KP IT Board"), "who changed it");
    // The same form from someone else is refused.
    let (_, page) = app.page_as("saif", "/policies").await;
    assert!(!page.contains(r#"id="change_policies-concurrence""#), "no form for those who may not");
}

#[tokio::test]
async fn an_approver_role_outside_a_federal_ministry_decides_nothing() {
    let app = spawn_app(true).await;
    // The attack: a second provincial-kind organization, with a user holding the approver role.
    app.accounts
        .create_organization("org-kp-2", "Another provincial department", jirga_core::model::OrgKind::ProvincialGovernment)
        .unwrap();
    app.accounts
        .create_user(&jirga_auth::NewUser {
            username: "fake-approver".into(),
            name: "Not federal".into(),
            organization: "org-kp-2".into(),
            roles: vec![jirga_core::model::UserRole::FederalApprover],
            person: None,
            posts: vec![],
            password: "a long enough password".into(),
        })
        .unwrap();
    let (_, token) = app.accounts.create_token("fake-approver", "attack").unwrap();
    let before = app.event_count();
    for command in [
        json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15"}),
        json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": "2025-03-15", "reason": "Urgent."}),
        json!({"type": "change_initiative_settings", "initiative": "ini-1", "groundwork_first": false}),
    ] {
        let response = app.client.post(format!("{}/api/v1/commands", app.base)).bearer_auth(&token).json(&command).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 403, "{command}");
    }
    // Nor does the province relax the federal side's rules itself.
    for command in [
        json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": "2025-03-15", "reason": "Urgent."}),
        json!({"type": "change_initiative_settings", "initiative": "ini-1", "groundwork_first": false}),
    ] {
        let (status, body) = app.command_as("saif", command).await;
        assert_eq!((status, body["code"].as_str()), (403, Some("not_authorized")), "{body}");
    }
    assert_eq!(app.event_count(), before);
}

/// The value of attribute `name` in the first tag of `html` that has it after `from`.
fn attribute_after<'a>(html: &'a str, from: usize, marker: &str) -> Option<&'a str> {
    let at = html[from..].find(marker)? + from + marker.len();
    let rest = &html[at..];
    let start = rest.find("value=\"")? + "value=\"".len();
    let end = rest[start..].find('"')?;
    Some(&rest[start..start + end])
}

/// Every form of a page that records something: (command, the record it acts
/// on). A form says its command in a hidden `type` field and its instance in
/// `_form` (`command-instance`); the border post's entry form posts to
/// `/border/record`.
fn forms_of(page: &str) -> Vec<(String, Option<String>)> {
    let mut forms = Vec::new();
    let mut from = 0;
    while let Some(start) = page[from..].find("<form").map(|i| i + from) {
        let end = page[start..].find("</form>").map_or(page.len(), |i| i + start);
        let form = &page[start..end];
        let command = attribute_after(form, 0, "name=\"type\"").map(str::to_owned);
        let action = form.split("action=\"").nth(1).and_then(|a| a.split('"').next()).unwrap_or_default();
        match command {
            Some(command) => {
                let instance = attribute_after(form, 0, "name=\"_form\"")
                    .and_then(|id| id.strip_prefix(&format!("{command}-")).map(str::to_owned))
                    .filter(|i| i.parse::<jirga_core::state::RecordRef>().is_ok());
                forms.push((command, instance));
            }
            None if action == "/border/record" => forms.push(("record_crossing".to_owned(), None)),
            None => {}
        }
        from = end;
    }
    forms
}

/// GOV.UK's rule and ARCHITECTURE's: a form is shown only to whoever may send
/// it. Every page, as every role: no form on it is one Cedar would refuse that
/// role, on the record the form acts on (a consul offered "Record an incident",
/// the province offered the federal side's forms, would be refused at the end).
#[tokio::test]
async fn no_page_offers_a_role_a_form_it_would_be_refused() {
    let app = spawn_app(true).await;
    let pages = [
        "/",
        "/initiatives",
        "/registers",
        "/events",
        "/initiatives/ini-1",
        "/initiatives/ini-1/approval",
        "/initiatives/ini-1/liaison",
        "/initiatives/ini-1/delegations",
        "/delegations/del-1",
        "/delegations/del-2",
        "/initiatives/ini-1/phases",
        "/initiatives/ini-1/meetings",
        "/meetings/mtg-1",
        "/meetings/mtg-2",
        "/initiatives/ini-1/claims",
        "/initiatives/ini-1/commitments",
        "/commitments/com-1",
        "/commitments/com-2",
        "/commitments/com-3",
        "/passes",
        "/passes/new",
        "/border",
        "/crossings",
        "/incidents",
        "/incidents/new",
        "/alerts",
        "/movements",
        "/policies",
        "/audit",
    ];
    let mut offered = 0;
    for (user, ..) in jirga_auth::demo::USERS {
        let principal = app.accounts.principal(user).unwrap();
        for path in pages {
            let (status, page) = app.page_as(user, path).await;
            if status != 200 {
                continue;
            }
            for (command, target) in forms_of(&page) {
                let allowed = app.engine.read(|s| app.engine.authorizer().may(&principal, &command, target.as_deref(), s));
                assert!(allowed, "{user} is offered {command} on {path} (on {target:?}), which Cedar refuses them");
                offered += 1;
            }
        }
    }
    // The walk saw forms (a parser that found none would prove nothing).
    assert!(offered > 50, "only {offered} forms seen");
}
