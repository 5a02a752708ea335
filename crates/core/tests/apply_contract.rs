//! The contract between `decide` and `State::apply`, pinned with random
//! command sequences: whatever `decide` accepts, `apply` applies without
//! panicking (a panic there stops the engine's writer); replaying the encoded
//! events gives the same state, incident register included; and the read rows
//! give back every record. The commands are drawn from templates of every
//! command over small id and date ranges, so most are refused and some are
//! accepted in every state the rules allow.

use jirga_core::{Command, EventRecord, State, decide_recorded, demo};
use proptest::prelude::*;
use serde_json::{Value, json};

/// One hand-entered incident, as ACLED's CSV row, with its id's number.
fn incident_row(n: u8) -> String {
    format!(
        "PAKJ9{n},2025-02-28,2025,1,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),,2,Civilians (Pakistan),,7,27,Civilian targeting,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,Nowshera,,Akora Khattak,34.0167,72.1333,1,Dawn,National,Bombing at Darul Uloom Haqqania.,8,,0\n"
    )
}

/// A command of kind `k` with parameters `a`, `b`, `c` (the random draw).
fn template(k: u8, a: u8, b: u8, c: u8) -> Value {
    let n = 1 + a % 5;
    let id = |prefix: &str| format!("{prefix}-{n}");
    let day = format!("2025-0{}-{:02}", 3 + b % 2, 1 + b % 28);
    let pick = |options: &[&str]| options[c as usize % options.len()].to_owned();
    let source = json!({"publisher": "Dawn", "title": "A report"});
    match k % 64 {
        0 => {
            json!({"type": "register_party", "name": format!("Party {n}"), "kind": pick(&["provincial_government", "federal_government", "counterpart_government", "non_state_group", "international_body", "other"]), "within": if c.is_multiple_of(2) { json!(id("par")) } else { Value::Null }})
        }
        1 => json!({"type": "register_person", "name_latin": format!("Person {n}"), "party": id("par")}),
        2 => {
            json!({"type": "request_approval", "initiative": "ini-1", "topics": ["security", "trade"], "planned_delegations": 1 + c % 3, "requested_on": day})
        }
        3 => {
            json!({"type": "decide_approval", "request": id("apr"), "decision": pick(&["approve", "request_changes", "reject"]), "decided_on": day,
            "waive_phase_order": c.is_multiple_of(4), "conditions": if c.is_multiple_of(3) { json!(["Report after each visit."]) } else { json!([]) }})
        }
        4 => json!({"type": "report_on_condition", "request": id("apr"), "condition": c % 3, "reported_on": day, "report": "Reported."}),
        5 => json!({"type": "suspend_approval", "request": id("apr"), "suspended_on": day, "reason": "Terms breached."}),
        6 => json!({"type": "reinstate_approval", "request": id("apr"), "reinstated_on": day, "reason": "Terms met."}),
        7 => json!({"type": "withdraw_approval", "request": id("apr"), "withdrawn_on": day, "reason": "Circumstances changed."}),
        8 => json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": day, "reason": "Urgent."}),
        9 => {
            json!({"type": "request_waiver", "initiative": "ini-1", "rule": pick(&["phase_order", "groundwork_first"]), "requested_on": day, "reason": "Please."})
        }
        10 => {
            json!({"type": "refuse_waiver", "initiative": "ini-1", "rule": pick(&["phase_order", "groundwork_first"]), "refused_on": day, "reason": "No."})
        }
        11 => json!({"type": "change_initiative_settings", "initiative": "ini-1", "groundwork_first": c.is_multiple_of(2)}),
        12 => json!({"type": "notify_federal_government", "initiative": "ini-1", "subject": "Plans", "body": "The plans.", "sent_on": day}),
        13 => json!({"type": "acknowledge_notification", "notification": id("not"), "acknowledged_on": day, "acknowledged_by": "MoFA"}),
        14 => json!({"type": "request_guidance", "initiative": "ini-1", "question": "May we?", "asked_on": day}),
        15 => json!({"type": "answer_guidance", "entry": id("lia"), "answer": "Yes.", "answered_on": day}),
        16 => {
            json!({"type": "form_delegation", "initiative": "ini-1", "name": format!("Delegation {n}"), "purpose": pick(&["groundwork", "substantive"]),
            "members": [{"person": "per-1", "role": "focal_person"}, {"person": id("per"), "role": "tribal_elder"}], "formed_on": day})
        }
        17 => json!({"type": "add_delegation_member", "delegation": id("del"), "person": format!("per-{}", 1 + c % 9), "role": "other"}),
        18 => json!({"type": "remove_delegation_member", "delegation": id("del"), "person": format!("per-{}", 1 + c % 9)}),
        19 => json!({"type": "plan_visit", "delegation": id("del"), "destination": pick(&["Kabul", "Peshawar"]), "planned_for": day}),
        20 => json!({"type": "record_travel", "visit": id("vis"), "travelled_on": day, "as_breach": c.is_multiple_of(2)}),
        21 => json!({"type": "report_back", "visit": id("vis"), "reported_on": day, "report": "Back."}),
        22 => json!({"type": "acknowledge_travel_breach", "visit": id("vis"), "acknowledged_on": day, "note": "Seen."}),
        23 => json!({"type": "add_phase", "initiative": "ini-1", "title": "Phase three", "topics": ["trade"]}),
        24 => json!({"type": "conclude_phase", "phase": id("pha"), "concluded_on": day}),
        25 => {
            json!({"type": "add_agenda_item", "phase": format!("pha-{}", 1 + c % 3), "title": "Item", "topic": pick(&["security", "trade"])})
        }
        26 => json!({"type": "record_meeting", "initiative": "ini-1", "held_on": day, "place": pick(&["Kabul", "Peshawar"]),
            "participants": ["per-1", id("per")], "agenda_items": if c.is_multiple_of(2) { json!([id("age")]) } else { json!([]) },
            "outcomes": [{"result": pick(&["agreed", "not_agreed", "follow_up"]), "text": "Discussed."}], "as_breach": c.is_multiple_of(3)}),
        27 => json!({"type": "acknowledge_breach", "meeting": id("mtg"), "acknowledged_on": day, "note": "Seen."}),
        28 => json!({"type": "state_claim", "initiative": "ini-1", "topic": "security", "proposition": "A claim."}),
        29 => json!({"type": "record_position", "claim": id("clm"), "party": id("par"), "stance": pick(&["asserts", "denies", "neutral"]),
            "statement": "So.", "stated_on": day, "source": source}),
        30 => json!({"type": "draft_commitment", "initiative": "ini-1", "text": "Do it.", "topic": pick(&["trade", "security"]),
            "phase": format!("pha-{}", 1 + c % 2), "bound": ["par-1", id("par")], "owner": "per-1", "drafted_on": day}),
        31 => json!({"type": "concur_with_commitment", "commitment": id("com"), "concurred_on": day, "concurred_by": "MoFA"}),
        32 => json!({"type": "change_commitment_status", "commitment": id("com"),
            "to": pick(&["draft", "proposed", "agreed", "in_progress", "fulfilled", "lapsed", "withdrawn"]), "on": day}),
        33 => json!({"type": "accept_commitment", "commitment": id("com"), "meeting": format!("mtg-{}", 1 + c % 6), "accepted_on": day}),
        34 => {
            json!({"type": "report_acceptance", "commitment": id("com"), "meeting": format!("mtg-{}", 1 + c % 6), "accepted_on": day, "source": source})
        }
        35 => json!({"type": "report_progress", "commitment": id("com"), "reported_on": day, "note": "Going.", "percent": c % 101}),
        36 => json!({"type": "add_note", "record": pick(&["ini-1", "com-1", "mtg-2", "pol-1", "vis-1"]), "text": "Noted."}),
        37 => {
            let texts = ["permit (principal, action, resource);", "forbid (principal, action, resource);"];
            json!({"type": "change_policies", "policy_set": "authorization", "previous": texts[c as usize % 2], "text": texts[(c as usize + 1) % 2], "reason": "Test."})
        }
        38 => json!({"type": "approve_policy_change", "version": id("pol"), "approved_on": day}),
        39 => json!({"type": "refuse_policy_change", "version": id("pol"), "refused_on": day, "reason": "No."}),
        40 => json!({"type": "register_crossing_point", "code": pick(&["torkham", "wagah", "angoor-adda"]), "name": "A point"}),
        41 => {
            json!({"type": "issue_pass", "document_id": format!("JP-{n}"), "purpose": "medical", "crossing_points": ["torkham"], "valid_from": day,
            "valid_until": "2025-05-31", "entries": {"kind": "single"}, "authority": "KP", "kid": "AAAAAAAAAAA=", "issued_on": day, "holder_commitment": "00"})
        }
        42 => json!({"type": "revoke_pass", "pass": id("pas"), "revoked_on": day, "reason": "Lost."}),
        43 => {
            json!({"type": "record_crossing", "document_id": format!("JP-{n}"), "crossing_point": "torkham", "direction": pick(&["entry", "exit"]),
            "crossed_at": format!("{day}T08:00:00Z"), "presented": {"issuer": "KP", "crossing_points": ["torkham"], "max_entries": 1}})
        }
        44 => json!({"type": "erase_pass_holders", "passes": [id("pas")], "erased_on": day, "reason": "Retention ended."}),
        45 => json!({"type": "record_incidents", "source": "Hand entry", "format": "form", "rows": incident_row(n)}),
        46 => json!({"type": "amend_incident", "incident": format!("PAKJ9{n}"), "row": incident_row(n), "reason": "Corrected."}),
        47 => {
            json!({"type": "add_incident_report", "incident": format!("PAKJ9{n}"), "publisher": "Dawn", "published_on": day, "excerpt": "A report."})
        }
        48 => json!({"type": "resolve_duplicate", "incident": format!("PAKJ9{n}"), "duplicate_of": format!("PAKJ9{}", 1 + c % 5),
            "decision": pick(&["merge", "keep_apart"])}),
        49 => {
            json!({"type": "report_movement", "crossing_point": "torkham", "observed_on": day, "direction": "into_pakistan", "group": "TTP",
            "source": source, "description": "Crossed.", "incidents": if c.is_multiple_of(2) { json!([format!("PAKJ9{n}")]) } else { json!([]) }})
        }
        50 => {
            json!({"type": "cite_evidence", "record": pick(&["age-1", "clm-1", "com-1"]), "incidents": [format!("PAKJ9{n}")], "note": "Evidence."})
        }
        52 => {
            json!({"type": "register_community", "name_latin": format!("Community {n}"), "kind": pick(&["tribe", "sub_tribe", "locality"]),
            "districts": [pick(&["khyber", "nangarhar", "kurram"])], "part_of": if c.is_multiple_of(2) { json!(id("cmy")) } else { Value::Null }})
        }
        53 => {
            json!({"type": "add_elder", "community": id("cmy"), "person": format!("per-{}", 1 + c % 12), "standing": pick(&["malik", "elder"]), "since": day})
        }
        54 => json!({"type": "raise_grievance", "community": id("cmy"), "raised_by": format!("per-{}", 1 + c % 12), "topic": "movement",
            "raised_on": day, "text": "Patients are turned back.", "source": source, "commitments": if c.is_multiple_of(2) { json!([id("com")]) } else { json!([]) }}),
        55 => {
            json!({"type": "advance_grievance", "grievance": id("grv"), "to": pick(&["acknowledged", "referred", "addressed", "resolved", "closed"]),
            "on": day, "note": if c.is_multiple_of(3) { Value::Null } else { json!("Done.") }, "referred_to": if c % 5 == 1 { json!(id("par")) } else { Value::Null },
            "commitment": if c % 5 == 2 { json!(id("com")) } else { Value::Null }})
        }
        56 => {
            json!({"type": "mark_confidence_building", "commitment": id("com"), "communities": [format!("cmy-{}", 1 + c % 3)], "parties": [pick(&["par-1", "par-3"])], "marked_on": day})
        }
        57 => {
            json!({"type": "add_milestone", "commitment": id("com"), "title": "Medical passes issued", "due_on": day, "indicator": "Passes per month", "target": c})
        }
        58 => {
            json!({"type": "report_milestone", "commitment": id("com"), "milestone": c % 3, "on": day, "value": b, "met": c.is_multiple_of(4)})
        }
        59 => json!({"type": "score_implementation", "commitment": id("com"), "score": c % 5, "scored_on": day,
            "evidence": if c.is_multiple_of(5) { Value::Null } else { json!({"kind": "report", "description": "The monthly report."}) }}),
        60 => json!({"type": "register_signing_key", "party": pick(&["par-1", "par-3", "par-4"]), "person": format!("per-{}", 1 + c % 9),
            "key": "kp.test/saif+01234567+AeIXsSwrTlA0e7whTOpRwfzBKRHlnzUbmAGM2dnH6WeA", "registered_on": day}),
        61 => {
            json!({"type": "cosign_agreement", "commitment": id("com"), "signature": "— kp.test/saif AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0Q="})
        }
        62 => {
            json!({"type": "cosign_outcome", "meeting": id("mtg"), "outcome": c % 3, "signature": "— kp.test/saif AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0Q="})
        }
        63 => json!({"type": "erase_grievance_raiser", "grievance": id("grv"), "erased_on": day, "reason": "Retention ended."}),
        _ => json!({"type": "set_duplicate_tolerance", "days": c % 40, "km": 1 + u32::from(c), "reason": "Late reports."}),
    }
}

fn record(state: &State, event: jirga_core::Event) -> EventRecord {
    let actor = jirga_core::Actor { user: "fuzz".into(), name: "Fuzz".into(), organization: "org-test".into() };
    EventRecord { v: jirga_core::ENCODING_VERSION, seq: state.next_seq(), at: "2025-04-30T12:00:00Z".parse().unwrap(), actor, event }
}

/// The demo, then `draws` decided and, when accepted, applied; returns the
/// state and the encoded events.
fn run(draws: &[(u8, u8, u8, u8)]) -> (State, Vec<Vec<u8>>) {
    let mut state = State::default();
    let mut log = Vec::new();
    let commands = demo::scenario()
        .into_iter()
        .chain(draws.iter().filter_map(|&(k, a, b, c)| serde_json::from_value::<Command>(template(k, a, b, c)).ok()));
    for command in commands {
        if let Ok(event) = decide_recorded(&state, &command, None, Some("2025-04-30".parse().unwrap())) {
            let record = record(&state, event);
            // The contract: an accepted command applies (a panic here fails the test).
            state.apply(&record);
            log.push(record.encode());
        }
    }
    (state, log)
}

#[test]
fn every_template_parses() {
    for k in 0..64 {
        for c in 0..7 {
            let command = template(k, 1, 3, c);
            serde_json::from_value::<Command>(command.clone()).unwrap_or_else(|e| panic!("{command}: {e}"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn whatever_decide_accepts_applies_and_replays_to_the_same_state(draws in prop::collection::vec(any::<(u8, u8, u8, u8)>(), 1..120)) {
        let (state, log) = run(&draws);
        // Replaying the encoded events (as a restart does) gives the same state.
        let mut replayed = State::default();
        for bytes in &log {
            replayed.apply(&EventRecord::decode(bytes).expect("an encoded event decodes"));
        }
        prop_assert_eq!(&replayed, &state);
        // The read rows give back every record.
        let mut restored = State { last_seq: state.last_seq, ..State::default() };
        for (_, kind) in jirga_core::state::RECORD_KINDS {
            for row in state.records_json(kind) {
                restored.restore_record(kind, row).expect("a read row restores");
            }
        }
        let mut without_register = state.clone();
        without_register.incidents = Default::default();
        without_register.idempotency = Default::default();
        prop_assert_eq!(restored, without_register);
    }
}

#[test]
fn the_register_commands_are_told_from_their_bytes() {
    // `State::changes_register` reads the command's name off an event's bytes
    // (the engine uses it to skip the register when replaying others).
    let (state, log) = run(&[(45, 0, 0, 0), (46, 0, 0, 0), (47, 0, 0, 0), (45, 1, 0, 0), (48, 0, 0, 1), (51, 0, 0, 3)]);
    let register = ["record_incidents", "amend_incident", "add_incident_report", "resolve_duplicate", "set_duplicate_tolerance"];
    let mut seen = std::collections::BTreeSet::new();
    for bytes in &log {
        let name = EventRecord::decode(bytes).unwrap().event.change.name();
        assert_eq!(State::changes_register(bytes), register.contains(&name), "{name}");
        seen.insert(name);
    }
    for name in register {
        assert!(seen.contains(name), "the test recorded no {name}: {seen:?}");
    }
    assert!(state.incidents.len() >= 2);
}

#[test]
fn the_draws_reach_past_the_refusals() {
    // A deterministic spread of draws: enough of them are accepted, of enough
    // kinds, for the property above to say something about `apply`.
    let draws: Vec<(u8, u8, u8, u8)> =
        (0..2000u32).map(|i| ((i * 7 % 52) as u8, (i * 13 % 11) as u8, (i * 5 % 31) as u8, (i * 3 % 17) as u8)).collect();
    let demo = run(&[]).1.len();
    let (_, log) = run(&draws);
    let kinds: std::collections::BTreeSet<&str> = log[demo..].iter().map(|b| EventRecord::decode(b).unwrap().event.change.name()).collect();
    eprintln!("{} accepted of {}, {} kinds: {kinds:?}", log.len() - demo, draws.len(), kinds.len());
    assert!(kinds.len() >= 35, "{kinds:?}");
}
