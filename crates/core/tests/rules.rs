//! Every rule of the process, on the demo scenario: each test shows a command
//! refused with its named error, and the same command accepted once the rule is met.

use jirga_core::gates::{GateStatus, GateStep, gates};
use jirga_core::ids::*;
use jirga_core::model::{Assessment, Reason, Verdict};
use jirga_core::{Command, EventRecord, RuleError, State, decide, decide_assessed, demo};
use serde_json::{Value, json};

struct World {
    state: State,
}

impl World {
    /// The demo scenario: initiative ini-1 awaiting approval apr-1.
    fn demo() -> Self {
        let mut world = World { state: State::default() };
        for command in demo::scenario() {
            world.apply(command).expect("demo scenario is valid");
        }
        world
    }

    fn apply(&mut self, command: Command) -> Result<Vec<String>, RuleError> {
        let event = decide(&self.state, &command)?;
        let record = EventRecord {
            v: jirga_core::ENCODING_VERSION,
            seq: self.state.next_seq(),
            at: "2025-03-10T00:00:00Z".parse().unwrap(),
            actor: actor("test"),
            event,
        };
        let created = record.event.created.clone();
        self.state.apply(&record);
        Ok(created)
    }

    fn run(&mut self, command: Value) -> Result<Vec<String>, RuleError> {
        self.apply(serde_json::from_value(command).expect("test command parses"))
    }

    /// Runs a command that must break a rule; asserts the rule's code and that
    /// nothing changed.
    fn refused(&mut self, command: Value, code: &str) {
        let before = self.state.clone();
        let err = self.run(command).expect_err("command must be refused");
        assert_eq!(err.code(), code, "{err:?}");
        assert_eq!(self.state, before, "a refused command changes nothing");
    }

    fn approve(&mut self, extra: Value) {
        let mut cmd = json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15",
            "terms": "No commitment may override the national security framework."});
        merge(&mut cmd, extra);
        self.run(cmd).expect("approval");
    }

    /// The province's formal notification of the federal government, which
    /// every visit waits for.
    fn notify(&mut self) {
        self.run(json!({"type": "notify_federal_government", "initiative": "ini-1", "subject": "KP–Afghanistan engagement",
            "body": "The province formally notifies the federal government of the initiative.", "sent_on": "2025-03-16"}))
            .expect("notification");
    }

    /// A meeting with the counterpart in which something was agreed, and the
    /// delegation's report that the counterpart accepted `commitment` in it.
    fn accepted(&mut self, commitment: &str, on: &str) {
        let meeting = self
            .run(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": on, "place": "Kabul",
                "participants": ["per-1", "per-8"], "outcomes": [{"result": "agreed", "text": "Agreed as proposed."}]}))
            .expect("a meeting with the counterpart")
            .remove(0);
        self.run(json!({"type": "report_acceptance", "commitment": commitment, "meeting": meeting, "accepted_on": on,
            "source": {"publisher": "KP delegation", "title": "Minutes signed by both sides"}}))
            .expect("the counterpart's acceptance");
    }

    fn travel_and_report_groundwork(&mut self) {
        self.run(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"})).unwrap();
        self.run(json!({"type": "report_back", "visit": "vis-1", "reported_on": "2025-03-23", "report": "Groundwork laid."})).unwrap();
    }
}

fn merge(target: &mut Value, extra: Value) {
    if let (Some(t), Value::Object(e)) = (target.as_object_mut(), extra) {
        t.extend(e);
    }
}

fn counterpart_meeting(held_on: &str, items: &[&str]) -> Value {
    json!({"type": "record_meeting", "initiative": "ini-1", "held_on": held_on, "place": "Kabul",
        "participants": ["per-1", "per-8"], "agenda_items": items})
}

#[test]
fn demo_scenario_is_awaiting_federal_approval() {
    let world = World::demo();
    let g = gates(&world.state, &InitiativeId::numbered(1), "2025-03-10".parse().unwrap());
    assert_eq!(g[0].step, GateStep::FederalApproval);
    assert_eq!(g[0].status, GateStatus::InProgress);
    assert_eq!(g[2].status, GateStatus::CannotStartYet);
    assert_eq!(g[2].blocker.as_ref().map(RuleError::code), Some("not_approved"));
    let ini = &world.state.initiatives[&InitiativeId::numbered(1)];
    for del in world.state.delegations.values() {
        assert!(del.members.iter().any(|m| m.person == ini.focal_person));
    }
    assert!(world.state.claims[&ClaimId::numbered(1)].is_contested());
}

#[test]
fn no_visit_without_federal_approval() {
    let mut w = World::demo();
    w.refused(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"}), "not_approved");
    w.approve(json!({}));
    w.refused(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-14"}), "approval_not_yet_granted");
    w.refused(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"}), "federal_government_not_notified");
    w.notify();
    w.refused(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-15"}), "federal_government_not_notified");
    w.run(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"})).unwrap();
}

#[test]
fn no_visit_after_the_approval_lapses() {
    let mut w = World::demo();
    w.approve(json!({"valid_until": "2025-03-31"}));
    w.notify();
    w.refused(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-04-01"}), "approval_lapsed");
    w.run(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-31"})).unwrap();
}

#[test]
fn no_counterpart_meeting_without_approval_or_outside_approved_topics() {
    let mut w = World::demo();
    w.refused(counterpart_meeting("2025-03-20", &["age-1"]), "not_approved");
    // A meeting among the province's own people needs no approval.
    w.run(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-20", "place": "Peshawar",
        "participants": ["per-1", "per-2"], "agenda_items": ["age-1"]}))
        .unwrap();
    w.approve(json!({"approved_topics": ["trade"], "waive_phase_order": true}));
    w.refused(counterpart_meeting("2025-03-20", &["age-1"]), "topic_not_approved");
    w.run(counterpart_meeting("2025-03-20", &["age-3"])).unwrap();
}

#[test]
fn a_meeting_is_with_the_other_side_by_who_took_part_and_where_not_by_labels() {
    let mut w = World::demo();
    let meeting = |place: &str, people: &[&str]| json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-12", "place": place, "participants": people, "agenda_items": []});
    // The attacks: a Taliban deputy minister registered with no party, Afghan
    // elders under a party of kind "other", and KP officials meeting in Kabul.
    let minister = w.run(json!({"type": "register_person", "name_latin": "Taliban deputy minister", "title": "Deputy minister"})).unwrap();
    w.refused(meeting("Peshawar", &["per-1", &minister[0]]), "not_approved");
    let jirga = w.run(json!({"type": "register_party", "name": "Shinwari elders (Nangarhar)", "kind": "other"})).unwrap();
    let elder = w.run(json!({"type": "register_person", "name_latin": "Shinwari elder", "party": jirga[0], "title": "Malik"})).unwrap();
    w.refused(meeting("Torkham", &["per-1", &elder[0]]), "not_approved");
    w.refused(meeting("Kabul", &["per-1", "per-2"]), "not_approved");
    w.refused(meeting("Jalalabad, Nangarhar province", &["per-1", "per-2"]), "not_approved");
    w.refused(meeting("کابل", &["per-1", "per-2"]), "not_approved");
    // The province's own people at home need no approval.
    w.run(meeting("Peshawar", &["per-1", "per-2"])).unwrap();
    w.run(meeting("Chief Minister's House, Peshawar", &["per-2", "per-3"])).unwrap();
}

#[test]
fn a_meeting_that_broke_the_rules_is_recorded_as_a_breach_and_acknowledged_by_the_federal_side() {
    let mut w = World::demo();
    let consul = |as_breach: bool| {
        json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-05", "place": "Peshawar",
            "participants": ["per-2", "per-8"], "agenda_items": ["age-1", "age-3"], "as_breach": as_breach})
    };
    // Refused as a meeting (it broke the rules), recorded as a breach naming every rule it broke.
    w.refused(consul(false), "not_approved");
    let created = w.run(consul(true)).unwrap();
    let meeting = w.state.meetings.get(&created[0].parse::<MeetingId>().unwrap()).unwrap();
    let codes: Vec<&str> = meeting.breach.as_ref().unwrap().rules.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["not_approved", "phase_order"]);
    // A meeting within the rules is not a breach; bad references are refused either way.
    w.refused(
        json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-05", "place": "Peshawar",
        "participants": ["per-1", "per-2"], "as_breach": true}),
        "not_a_breach",
    );
    w.refused(
        json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-05", "place": "Kabul",
        "participants": ["per-1", "per-99"], "as_breach": true}),
        "not_found",
    );
    // The federal side acknowledges it, once.
    let ack =
        |on: &str| json!({"type": "acknowledge_breach", "meeting": created[0], "acknowledged_on": on, "note": "Raised with the province."});
    w.refused(ack("2025-03-04"), "date_order");
    w.run(ack("2025-03-16")).unwrap();
    w.refused(ack("2025-03-17"), "already_acknowledged");
    w.refused(
        json!({"type": "acknowledge_breach", "meeting": "mtg-1", "acknowledged_on": "2025-03-16", "note": "x"}),
        "not_a_breach_record",
    );
}

#[test]
fn a_fact_cannot_be_dated_after_the_day_it_is_recorded() {
    let w = World::demo();
    let meeting: Command = serde_json::from_value(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2031-06-01",
        "place": "Peshawar", "participants": ["per-1", "per-2"]}))
    .unwrap();
    let today: jiff::civil::Date = "2025-03-20".parse().unwrap();
    let err = jirga_core::decide_recorded(&w.state, &meeting, None, Some(today)).unwrap_err();
    assert_eq!((err.code(), err.field()), ("date_in_future", Some("held_on")));
    let on_the_day: Command = serde_json::from_value(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-20",
        "place": "Peshawar", "participants": ["per-1", "per-2"]}))
    .unwrap();
    assert!(jirga_core::decide_recorded(&w.state, &on_the_day, None, Some(today)).is_ok());
    // A plan may lie ahead.
    let plan: Command =
        serde_json::from_value(json!({"type": "plan_visit", "delegation": "del-1", "destination": "Kabul", "planned_for": "2031-06-01"}))
            .unwrap();
    assert!(jirga_core::decide_recorded(&w.state, &plan, None, Some(today)).is_ok());
}

#[test]
fn a_body_within_the_federal_government_is_of_our_side_and_a_commentator_speaks_for_himself() {
    let mut w = World::demo();
    // The demo's Foreign Ministry (within the federal government) and a lecturer.
    let mofa = w.run(json!({"type": "register_person", "name_latin": "MoFA desk officer", "party": "par-6"})).unwrap();
    w.run(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-10", "place": "Islamabad",
        "participants": ["per-1", mofa[0]]}))
        .unwrap();
    w.refused(
        json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-10", "place": "Peshawar",
        "participants": ["per-1", "per-9"]}),
        "not_approved",
    );
    w.refused(json!({"type": "register_party", "name": "Desk", "kind": "federal_government", "within": "par-99"}), "not_found");
    let claim = w.state.claims.get(&ClaimId::numbered(5)).unwrap();
    assert_eq!(claim.positions[0].person.as_ref().map(|p| p.as_str()), Some("per-9"), "his own position, of his university");
    w.refused(
        json!({"type": "record_position", "claim": "clm-5", "party": "par-7", "person": "per-99", "stance": "asserts",
        "statement": "x", "stated_on": "2025-03-10", "source": {"publisher": "x", "title": "x"}}),
        "not_found",
    );
}

#[test]
fn no_commitment_agreed_without_approval_outside_topics_or_after_lapse() {
    let mut w = World::demo();
    let to = |status: &str, on: &str| json!({"type": "change_commitment_status", "commitment": "com-2", "to": status, "on": on});
    w.run(to("proposed", "2025-03-10")).unwrap();
    w.refused(to("agreed", "2025-03-12"), "not_approved");
    w.approve(json!({"approved_topics": ["trade", "movement_of_people"], "valid_until": "2025-06-30"}));
    w.refused(to("agreed", "2025-03-20"), "topic_not_approved");
    w.run(json!({"type": "change_commitment_status", "commitment": "com-1", "to": "proposed", "on": "2025-03-16"})).unwrap();
    w.refused(json!({"type": "change_commitment_status", "commitment": "com-1", "to": "agreed", "on": "2025-07-01"}), "approval_lapsed");
    w.run(
        json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": "2025-03-16", "reason": "Movement of people is urgent."}),
    )
    .unwrap();
    w.accepted("com-1", "2025-06-29");
    w.run(json!({"type": "change_commitment_status", "commitment": "com-1", "to": "agreed", "on": "2025-06-30"})).unwrap();
}

#[test]
fn focal_person_sits_on_every_delegation() {
    let mut w = World::demo();
    w.refused(
        json!({"type": "form_delegation", "initiative": "ini-1", "name": "Third", "purpose": "groundwork", "formed_on": "2025-03-10",
            "members": [{"person": "per-5", "role": "tribal_elder"}]}),
        "focal_person_required",
    );
    w.refused(json!({"type": "remove_delegation_member", "delegation": "del-1", "person": "per-1"}), "focal_person_cannot_be_removed");
    w.run(json!({"type": "remove_delegation_member", "delegation": "del-1", "person": "per-5"})).unwrap();
    w.refused(json!({"type": "remove_delegation_member", "delegation": "del-1", "person": "per-5"}), "not_a_member");
    w.refused(json!({"type": "add_delegation_member", "delegation": "del-1", "person": "per-1", "role": "focal_person"}), "already_member");
}

#[test]
fn substantive_delegation_travels_only_after_groundwork_reported() {
    let mut w = World::demo();
    w.approve(json!({}));
    w.notify();
    w.run(json!({"type": "plan_visit", "delegation": "del-2", "destination": "Kabul", "planned_for": "2025-04-10"})).unwrap();
    w.refused(json!({"type": "record_travel", "visit": "vis-2", "travelled_on": "2025-04-10"}), "groundwork_not_reported");
    w.run(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"})).unwrap();
    w.refused(json!({"type": "record_travel", "visit": "vis-2", "travelled_on": "2025-04-10"}), "groundwork_not_reported");
    w.run(json!({"type": "report_back", "visit": "vis-1", "reported_on": "2025-03-23", "report": "Groundwork laid."})).unwrap();
    w.run(json!({"type": "record_travel", "visit": "vis-2", "travelled_on": "2025-04-10"})).unwrap();
}

#[test]
fn groundwork_first_is_a_per_initiative_setting() {
    let mut w = World::demo();
    w.approve(json!({}));
    w.notify();
    w.run(json!({"type": "plan_visit", "delegation": "del-2", "destination": "Kabul", "planned_for": "2025-04-10"})).unwrap();
    w.run(json!({"type": "change_initiative_settings", "initiative": "ini-1", "groundwork_first": false})).unwrap();
    w.run(json!({"type": "record_travel", "visit": "vis-2", "travelled_on": "2025-04-10"})).unwrap();
}

#[test]
fn phase_two_items_wait_for_phase_one_or_a_waiver() {
    let mut w = World::demo();
    w.approve(json!({}));
    w.refused(counterpart_meeting("2025-03-20", &["age-3"]), "phase_order");
    w.run(counterpart_meeting("2025-03-21", &["age-1"])).unwrap();
    w.run(json!({"type": "conclude_phase", "phase": "pha-1", "concluded_on": "2025-03-25"})).unwrap();
    // Concluded after the meeting date: still out of order on that date.
    w.refused(counterpart_meeting("2025-03-20", &["age-3"]), "phase_order");
    w.run(counterpart_meeting("2025-03-26", &["age-3"])).unwrap();
    w.refused(json!({"type": "conclude_phase", "phase": "pha-1", "concluded_on": "2025-03-27"}), "phase_already_concluded");
}

#[test]
fn a_phase_concludes_only_under_an_approval_and_after_it_was_discussed() {
    let mut w = World::demo();
    let conclude = |on: &str| json!({"type": "conclude_phase", "phase": "pha-1", "concluded_on": on});
    // The attack: concluding phase 1 before any approval, without a meeting, to open phase 2.
    w.refused(conclude("2025-03-12"), "not_approved");
    w.approve(json!({}));
    w.refused(conclude("2025-03-16"), "phase_not_discussed");
    w.run(counterpart_meeting("2025-03-20", &["age-1"])).unwrap();
    w.refused(conclude("2025-03-19"), "phase_not_discussed");
    w.run(conclude("2025-03-20")).unwrap();
}

#[test]
fn the_province_cannot_launch_an_initiative_with_groundwork_first_off() {
    let mut w = World::demo();
    let launch = |groundwork_first: bool| {
        json!({"type": "launch_initiative", "title": "Second engagement", "province": "par-1", "federal": "par-2", "counterpart": "par-3",
            "topics": ["trade"], "focal_person": "per-1", "launched_on": "2025-03-10", "groundwork_first": groundwork_first})
    };
    w.refused(launch(false), "federal_decision_required");
    w.run(launch(true)).unwrap();
}

#[test]
fn a_suspended_approval_stops_what_needs_it_until_reinstated_and_a_withdrawn_one_for_good() {
    let mut w = World::demo();
    let travel = |on: &str| json!({"type": "record_travel", "visit": "vis-1", "travelled_on": on});
    let standing = |kind: &str, field: &str, on: &str| json!({"type": kind, "request": "apr-1", field: on, "reason": "The terms on notification were not kept."});
    w.refused(standing("suspend_approval", "suspended_on", "2025-03-16"), "not_approved");
    w.approve(json!({}));
    w.notify();
    w.refused(standing("suspend_approval", "suspended_on", "2025-03-14"), "date_order");
    w.refused(standing("reinstate_approval", "reinstated_on", "2025-03-16"), "not_suspended");
    w.run(standing("suspend_approval", "suspended_on", "2025-03-18")).unwrap();
    w.refused(standing("suspend_approval", "suspended_on", "2025-03-19"), "already_suspended");
    // Before the suspension the approval was in force; from it on, it is not.
    w.run(travel("2025-03-17")).unwrap();
    w.refused(counterpart_meeting("2025-03-19", &["age-1"]), "approval_suspended");
    w.run(standing("reinstate_approval", "reinstated_on", "2025-03-21")).unwrap();
    w.run(counterpart_meeting("2025-03-22", &["age-1"])).unwrap();
    w.refused(counterpart_meeting("2025-03-19", &["age-1"]), "approval_suspended");
    w.run(standing("withdraw_approval", "withdrawn_on", "2025-03-25")).unwrap();
    w.refused(counterpart_meeting("2025-03-26", &["age-1"]), "approval_withdrawn");
    w.refused(standing("reinstate_approval", "reinstated_on", "2025-03-27"), "approval_withdrawn");
    let ini = w.state.initiatives.keys().next().unwrap().clone();
    let blocked = gates(&w.state, &ini, "2025-03-26".parse().unwrap()).into_iter().find_map(|g| g.blocker);
    assert_eq!(blocked.map(|b| b.code()), Some("approval_withdrawn"), "the dashboard says why");
}

#[test]
fn federal_waiver_lifts_the_phase_order() {
    let mut w = World::demo();
    w.approve(json!({}));
    w.run(json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": "2025-03-18", "reason": "Trade talks may run in parallel."})).unwrap();
    w.run(counterpart_meeting("2025-03-20", &["age-3", "age-1"])).unwrap();
}

#[test]
fn the_province_asks_for_a_waiver_and_it_waits_for_the_federal_side() {
    let mut w = World::demo();
    let ask = |rule: &str, on: &str| json!({"type": "request_waiver", "initiative": "ini-1", "rule": rule, "requested_on": on, "reason": "Trade talks cannot wait."});
    let ini = |w: &World| w.state.initiatives.get(&InitiativeId::numbered(1)).unwrap().clone();
    w.refused(ask("phase_order", "2025-01-01"), "date_order");
    w.run(ask("phase_order", "2025-03-12")).unwrap();
    // Asking relaxes nothing: phase 2 still waits for phase 1.
    w.approve(json!({}));
    w.refused(counterpart_meeting("2025-03-20", &["age-3"]), "phase_order");
    // Asking twice is refused while the first request waits.
    w.refused(ask("phase_order", "2025-03-13"), "waiver_pending");
    // The federal side refuses: the request is answered, and the province may ask again.
    let refuse = |rule: &str| json!({"type": "refuse_waiver", "initiative": "ini-1", "rule": rule, "refused_on": "2025-03-16", "reason": "Security first."});
    w.refused(refuse("groundwork_first"), "no_waiver_request");
    w.run(refuse("phase_order")).unwrap();
    let refused = ini(&w).waiver_requests[0].answer.clone().unwrap();
    assert!(!refused.granted && refused.reason.as_str() == "Security first.");
    w.refused(refuse("phase_order"), "no_waiver_request");
    w.run(ask("phase_order", "2025-03-17")).unwrap();
    // The federal side's waiver grants the waiting request; then there is nothing to ask.
    w.run(json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": "2025-03-18", "reason": "Trade talks may run in parallel."})).unwrap();
    let requests = ini(&w).waiver_requests;
    assert_eq!(requests.len(), 2);
    assert!(requests[1].answer.as_ref().is_some_and(|a| a.granted && a.on.to_string() == "2025-03-18"));
    w.refused(ask("phase_order", "2025-03-19"), "waiver_not_needed");
    w.run(counterpart_meeting("2025-03-20", &["age-3", "age-1"])).unwrap();
    // Groundwork first: granted by the federal side switching the rule off.
    w.run(ask("groundwork_first", "2025-03-19")).unwrap();
    w.run(json!({"type": "change_initiative_settings", "initiative": "ini-1", "groundwork_first": false})).unwrap();
    assert!(ini(&w).waiver_requests[2].answer.as_ref().is_some_and(|a| a.granted));
    w.refused(ask("groundwork_first", "2025-03-21"), "waiver_not_needed");
}

#[test]
fn a_decided_approval_cannot_be_decided_again() {
    let mut w = World::demo();
    w.refused(json!({"type": "request_approval", "initiative": "ini-1", "topics": ["security"], "planned_delegations": 1, "requested_on": "2025-03-05"}), "approval_pending");
    w.run(json!({"type": "decide_approval", "request": "apr-1", "decision": "request_changes", "decided_on": "2025-03-12", "terms": "Narrow the topics."})).unwrap();
    w.refused(json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-13"}), "already_decided");
    w.run(json!({"type": "request_approval", "initiative": "ini-1", "topics": ["security"], "planned_delegations": 1, "requested_on": "2025-03-13"})).unwrap();
    w.refused(json!({"type": "decide_approval", "request": "apr-2", "decision": "approve", "decided_on": "2025-03-14", "approved_topics": ["trade"]}), "approved_topics_not_requested");
    w.refused(json!({"type": "decide_approval", "request": "apr-2", "decision": "approve", "decided_on": "2025-03-12"}), "date_order");
    w.refused(json!({"type": "decide_approval", "request": "apr-2", "decision": "approve", "decided_on": "2025-03-14", "valid_until": "2025-03-13"}), "date_order");
}

#[test]
fn a_withdrawn_commitment_cannot_be_agreed() {
    let mut w = World::demo();
    w.approve(json!({}));
    w.run(json!({"type": "change_commitment_status", "commitment": "com-1", "to": "withdrawn", "on": "2025-03-16"})).unwrap();
    w.refused(
        json!({"type": "change_commitment_status", "commitment": "com-1", "to": "agreed", "on": "2025-03-17"}),
        "commitment_withdrawn",
    );
    w.refused(
        json!({"type": "change_commitment_status", "commitment": "com-2", "to": "fulfilled", "on": "2025-03-17"}),
        "invalid_transition",
    );
}

#[test]
fn commitment_runs_through_the_tracker() {
    let mut w = World::demo();
    w.approve(json!({}));
    let to = |status: &str, on: &str| json!({"type": "change_commitment_status", "commitment": "com-1", "to": status, "on": on});
    w.refused(json!({"type": "report_progress", "commitment": "com-1", "reported_on": "2025-03-20", "note": "x"}), "commitment_not_active");
    w.run(to("proposed", "2025-03-16")).unwrap();
    w.refused(to("agreed", "2025-03-15"), "date_order");
    w.run(
        json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": "2025-03-16", "reason": "Movement of people is urgent."}),
    )
    .unwrap();
    w.accepted("com-1", "2025-03-19");
    w.run(to("agreed", "2025-03-20")).unwrap();
    w.run(to("in_progress", "2025-04-01")).unwrap();
    w.refused(
        json!({"type": "report_progress", "commitment": "com-1", "reported_on": "2025-04-02", "note": "Desk opened", "percent": 101}),
        "out_of_range",
    );
    w.run(json!({"type": "report_progress", "commitment": "com-1", "reported_on": "2025-04-02", "note": "Desk opened at Torkham", "percent": 30})).unwrap();
    w.run(to("fulfilled", "2025-09-01")).unwrap();
    let c = &w.state.commitments[&CommitmentId::numbered(1)];
    assert_eq!(c.status_log.len(), 4);
    assert_eq!(c.progress[0].percent, Some(30));
    w.refused(to("withdrawn", "2025-09-02"), "invalid_transition");
}

#[test]
fn dates_must_be_consistent() {
    let mut w = World::demo();
    w.approve(json!({}));
    w.notify();
    w.refused(json!({"type": "report_back", "visit": "vis-1", "reported_on": "2025-03-21", "report": "x"}), "not_travelled");
    w.run(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"})).unwrap();
    w.refused(json!({"type": "report_back", "visit": "vis-1", "reported_on": "2025-03-19", "report": "x"}), "date_order");
    w.refused(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-21"}), "already_travelled");
    w.travel_and_report_groundwork_after_travel();
}

impl World {
    fn travel_and_report_groundwork_after_travel(&mut self) {
        self.run(json!({"type": "report_back", "visit": "vis-1", "reported_on": "2025-03-23", "report": "Groundwork laid."})).unwrap();
        self.refused(json!({"type": "report_back", "visit": "vis-1", "reported_on": "2025-03-24", "report": "again"}), "already_reported");
    }
}

#[test]
fn notification_and_liaison_are_acknowledged_and_answered_once() {
    let mut w = World::demo();
    w.run(json!({"type": "notify_federal_government", "initiative": "ini-1", "subject": "KP–Afghanistan engagement", "body": "Plans attached.", "sent_on": "2025-03-10"})).unwrap();
    w.refused(
        json!({"type": "acknowledge_notification", "notification": "not-1", "acknowledged_on": "2025-03-09", "acknowledged_by": "MoFA"}),
        "date_order",
    );
    w.run(json!({"type": "acknowledge_notification", "notification": "not-1", "acknowledged_on": "2025-03-11", "acknowledged_by": "MoFA"}))
        .unwrap();
    w.refused(
        json!({"type": "acknowledge_notification", "notification": "not-1", "acknowledged_on": "2025-03-12", "acknowledged_by": "MoFA"}),
        "already_acknowledged",
    );
    w.run(json!({"type": "answer_guidance", "entry": "lia-1", "answer": "Terms follow.", "answered_on": "2025-03-04"})).unwrap();
    w.refused(json!({"type": "answer_guidance", "entry": "lia-1", "answer": "Again.", "answered_on": "2025-03-05"}), "already_answered");
}

#[test]
fn references_and_kinds_are_checked() {
    let mut w = World::demo();
    w.refused(json!({"type": "add_delegation_member", "delegation": "del-9", "person": "per-2", "role": "other"}), "not_found");
    w.refused(
        json!({"type": "launch_initiative", "title": "X", "province": "par-2", "federal": "par-2", "counterpart": "par-3",
        "topics": ["security"], "focal_person": "per-1", "launched_on": "2025-03-01"}),
        "wrong_party_kind",
    );
    w.refused(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-10", "place": "Peshawar", "participants": ["per-1", "per-1"]}), "duplicate");
    w.refused(
        json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-10", "place": "Peshawar", "participants": ["per-1"],
        "outcomes": [{"agenda_item": "age-1", "result": "agreed", "text": "x"}]}),
        "not_discussed",
    );
}

#[test]
fn gates_open_as_the_process_advances() {
    let mut w = World::demo();
    let today = "2025-04-01".parse().unwrap();
    w.approve(json!({}));
    let g = gates(&w.state, &InitiativeId::numbered(1), today);
    assert_eq!(g[0].status, GateStatus::Done);
    assert_eq!(g[2].blocker.as_ref().map(RuleError::code), Some("federal_government_not_notified"), "the visit waits for the notification");
    w.notify();
    let g = gates(&w.state, &InitiativeId::numbered(1), today);
    assert_eq!(g[2].status, GateStatus::InProgress, "groundwork visit planned");
    assert_eq!(g[4].blocker.as_ref().map(RuleError::code), Some("groundwork_not_reported"));
    assert_eq!(g[5].blocker.as_ref().map(RuleError::code), Some("phase_order"));
    w.travel_and_report_groundwork();
    let g = gates(&w.state, &InitiativeId::numbered(1), today);
    assert_eq!(g[2].status, GateStatus::Done);
    assert_eq!(g[4].status, GateStatus::Ready);
}

#[test]
fn event_encoding_is_canonical_and_round_trips() {
    let command = demo::scenario().remove(13);
    let event = decide(&State::default(), &demo::scenario().remove(0)).unwrap();
    let record = EventRecord { v: 2, seq: 7, at: "2025-03-10T12:00:00Z".parse().unwrap(), actor: actor("a"), event };
    let bytes = record.encode();
    assert_eq!(EventRecord::decode(&bytes).unwrap().encode(), bytes);
    assert_eq!(
        String::from_utf8(bytes).unwrap(),
        r#"{"v":2,"seq":7,"at":"2025-03-10T12:00:00Z","actor":{"user":"a","name":"Test user a","organization":"org-test"},"event":{"created":["par-1"],"change":{"type":"register_party","name":"Government of Khyber Pakhtunkhwa","kind":"provincial_government","short_name":"KP"}}}"#
    );
    let again: Command = serde_json::from_value(serde_json::to_value(&command).unwrap()).unwrap();
    assert_eq!(again, command);
    // Version 1 (a bare actor name) still reads; unknown versions do not.
    let v1 = r#"{"v":1,"seq":7,"at":"2025-03-10T12:00:00Z","actor":"web","event":{"created":["par-1"],"change":{"type":"register_party","name":"KP","kind":"provincial_government"}}}"#;
    assert_eq!(EventRecord::decode(v1.as_bytes()).unwrap().actor.user, "web");
    let mut unknown = serde_json::to_value(&record).unwrap();
    unknown["v"] = json!(jirga_core::ENCODING_VERSION + 1);
    assert!(EventRecord::decode(unknown.to_string().as_bytes()).is_err());
}

#[test]
fn malformed_commands_are_refused_by_parsing() {
    assert!(
        serde_json::from_value::<Command>(
            json!({"type": "plan_visit", "delegation": "del-1", "destination": "", "planned_for": "2025-03-30"})
        )
        .is_err()
    );
    assert!(
        serde_json::from_value::<Command>(
            json!({"type": "plan_visit", "delegation": "del-1", "destination": "x".repeat(201), "planned_for": "2025-03-30"})
        )
        .is_err()
    );
    assert!(
        serde_json::from_value::<Command>(
            json!({"type": "plan_visit", "delegation": "del-1", "destination": "K", "planned_for": "2025-03-30", "extra": 1})
        )
        .is_err()
    );
    assert!(serde_json::from_value::<Command>(json!({"type": "blow_up"})).is_err());
    assert!(
        serde_json::from_value::<Command>(
            json!({"type": "plan_visit", "delegation": "del-1", "destination": "K", "planned_for": "2025-02-30"})
        )
        .is_err()
    );
}

#[test]
fn replaying_the_events_rebuilds_the_same_state() {
    let w = World::demo();
    let mut rebuilt = State::default();
    for id in w.state.all_record_ids() {
        let (kind, json) = w.state.record_json(&id).unwrap();
        rebuilt.restore_record(kind, json).unwrap();
    }
    rebuilt.last_seq = w.state.last_seq;
    assert_eq!(rebuilt, w.state);
}

fn assessed(verdict: Verdict) -> Assessment {
    Assessment { verdict, reasons: vec![Reason { policy: "p".into(), text: "why".into() }] }
}

impl World {
    fn run_assessed(&mut self, command: Value, a: &Assessment) -> Result<(), RuleError> {
        let command: Command = serde_json::from_value(command).unwrap();
        let event = decide_assessed(&self.state, &command, Some(a))?;
        let record =
            EventRecord { v: 2, seq: self.state.next_seq(), at: "2025-03-10T00:00:00Z".parse().unwrap(), actor: actor("t"), event };
        self.state.apply(&record);
        Ok(())
    }
}

#[test]
fn a_forbidden_commitment_cannot_be_proposed() {
    let mut w = World::demo();
    w.approve(json!({}));
    let before = w.state.clone();
    let err = w
        .run_assessed(
            json!({"type": "change_commitment_status", "commitment": "com-1", "to": "proposed", "on": "2025-03-16"}),
            &assessed(Verdict::Forbidden),
        )
        .unwrap_err();
    assert_eq!(err.code(), "framework_forbidden");
    assert_eq!(w.state, before);
}

#[test]
fn a_commitment_needing_concurrence_waits_for_it() {
    let mut w = World::demo();
    w.approve(json!({}));
    let needs = assessed(Verdict::NeedsConcurrence);
    let to = |status: &str, on: &str| json!({"type": "change_commitment_status", "commitment": "com-3", "to": status, "on": on});
    w.refused(
        json!({"type": "concur_with_commitment", "commitment": "com-3", "concurred_on": "2025-03-17", "concurred_by": "MoFA"}),
        "concurrence_not_needed",
    );
    w.run_assessed(to("proposed", "2025-03-16"), &needs).unwrap();
    w.run(json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": "2025-03-16", "reason": "Trade is urgent."})).unwrap();
    w.accepted("com-3", "2025-03-17");
    assert_eq!(w.state.commitments[&CommitmentId::numbered(3)].assessment.as_ref().unwrap().verdict, Verdict::NeedsConcurrence);
    let err = w.run_assessed(to("agreed", "2025-03-17"), &needs).unwrap_err();
    assert_eq!(err.code(), "concurrence_required");
    w.refused(
        json!({"type": "concur_with_commitment", "commitment": "com-3", "concurred_on": "2025-03-01", "concurred_by": "MoFA"}),
        "date_order",
    );
    w.run(json!({"type": "concur_with_commitment", "commitment": "com-3", "concurred_on": "2025-03-17", "concurred_by": "Ministry of Foreign Affairs"})).unwrap();
    w.refused(
        json!({"type": "concur_with_commitment", "commitment": "com-3", "concurred_on": "2025-03-18", "concurred_by": "MoFA"}),
        "already_concurred",
    );
    w.run_assessed(to("agreed", "2025-03-18"), &needs).unwrap();
    assert_eq!(w.state.commitments[&CommitmentId::numbered(3)].status, jirga_core::model::CommitmentStatus::Agreed);
}

#[test]
fn events_without_an_assessment_keep_their_bytes() {
    let event = decide(&State::default(), &demo::scenario().remove(0)).unwrap();
    let bytes = serde_json::to_string(&event).unwrap();
    assert!(!bytes.contains("assessment"));
}

fn actor(user: &str) -> jirga_core::Actor {
    jirga_core::Actor { user: user.into(), name: format!("Test user {user}"), organization: "org-test".into() }
}

#[test]
fn a_note_needs_an_existing_record() {
    let mut w = World::demo();
    w.refused(json!({"type": "add_note", "record": "com-99", "text": "Seen."}), "not_found");
    let notes_before = w.state.notes.len();
    let created = w.run(json!({"type": "add_note", "record": "com-1", "text": "Seen."})).unwrap();
    assert_eq!(created, vec![format!("nte-{}", notes_before + 1)]);
    assert_eq!(w.state.notes[&created[0].parse::<NoteId>().unwrap()].record.as_str(), "com-1");
}

#[test]
fn a_policy_change_replaces_the_text_in_force_and_changes_something() {
    let mut w = World::demo();
    let change = |previous: &str, text: &str| json!({"type": "change_policies", "policy_set": "authorization", "previous": previous, "text": text, "reason": "Test."});
    let approve = |version: &str| json!({"type": "approve_policy_change", "version": version, "approved_on": "2025-03-10"});
    // Nothing to record when the text stays the same.
    w.refused(change("permit (principal, action, resource);", "permit (principal, action, resource);"), "policy_unchanged");
    w.run(change("permit (principal, action, resource);", "forbid (principal, action, resource);")).unwrap();
    w.run(approve("pol-1")).unwrap();
    let version = w.state.recorded_policy(jirga_core::model::PolicySetName::Authorization).unwrap();
    assert!(version.diff.contains("-permit") && version.diff.contains("+forbid"), "{}", version.diff);
    // A change made from an older text than the one recorded: someone changed it meanwhile.
    w.refused(
        change("permit (principal, action, resource);", "permit (principal, action == Jirga::Action::\"read\", resource);"),
        "policy_changed_meanwhile",
    );
    w.run(change("forbid (principal, action, resource);", "permit (principal, action == Jirga::Action::\"read\", resource);")).unwrap();
    assert_eq!(w.state.policy_versions.len(), 2);
}

#[test]
fn a_policy_change_takes_force_only_when_the_federal_side_approves_it() {
    use jirga_core::model::PolicySetName::Authorization;
    let mut w = World::demo();
    let change = |previous: &str, text: &str| json!({"type": "change_policies", "policy_set": "authorization", "previous": previous, "text": text, "reason": "Test."});
    let approve = |version: &str| json!({"type": "approve_policy_change", "version": version, "approved_on": "2025-03-10"});
    let refuse = |version: &str| json!({"type": "refuse_policy_change", "version": version, "refused_on": "2025-03-10", "reason": "No."});
    // Two administrators propose from the same text: neither is in force.
    w.run(change("permit (principal, action, resource);", "forbid (principal, action, resource);")).unwrap();
    w.run(change("permit (principal, action, resource);", "permit (principal, action == Jirga::Action::\"read\", resource);")).unwrap();
    assert!(w.state.recorded_policy(Authorization).is_none(), "a proposal is not in force");
    w.refused(approve("pol-9"), "not_found");
    // The federal side approves the second: it is in force, with who approved it.
    w.run(approve("pol-2")).unwrap();
    let in_force = w.state.recorded_policy(Authorization).unwrap();
    assert_eq!(in_force.id.as_str(), "pol-2");
    assert_eq!(in_force.decision.as_ref().map(|d| d.by.user.as_str()), Some("test"));
    w.refused(approve("pol-2"), "already_decided");
    // The first replaced a text no longer in force: approving it would undo pol-2 unseen.
    w.refused(approve("pol-1"), "policy_changed_meanwhile");
    w.run(refuse("pol-1")).unwrap();
    w.refused(refuse("pol-1"), "already_decided");
    assert_eq!(w.state.recorded_policy(Authorization).unwrap().id.as_str(), "pol-2");

    // The operator's break-glass (an event the engine marks) takes force at once.
    let command: Command = serde_json::from_value(change(
        "permit (principal, action == Jirga::Action::\"read\", resource);",
        "permit (principal, action, resource);",
    ))
    .unwrap();
    let mut event = decide(&w.state, &command).unwrap();
    event.break_glass = true;
    let record = EventRecord {
        v: jirga_core::ENCODING_VERSION,
        seq: w.state.next_seq(),
        at: "2025-03-10T00:00:00Z".parse().unwrap(),
        actor: actor("operator"),
        event,
    };
    w.state.apply(&record);
    assert_eq!(w.state.recorded_policy(Authorization).unwrap().id.as_str(), "pol-3");
    // A change recorded before proposals existed (a v2 event) took force when
    // recorded, and replaying the old record keeps it in force.
    let command: Command = serde_json::from_value(change(
        "permit (principal, action, resource);",
        "permit (principal, action == Jirga::Action::\"read_log\", resource);",
    ))
    .unwrap();
    let event = decide(&w.state, &command).unwrap();
    let old = EventRecord { v: 2, seq: w.state.next_seq(), at: "2025-03-10T00:00:00Z".parse().unwrap(), actor: actor("admin"), event };
    let old: EventRecord = serde_json::from_slice(&old.encode()).unwrap();
    w.state.apply(&old);
    assert_eq!(w.state.recorded_policy(Authorization).unwrap().id.as_str(), "pol-4", "an old record's change stays in force");
    // Nor can a client mark its own change as break-glass: the flag is the event's, not the command's.
    let forged =
        json!({"type": "change_policies", "policy_set": "authorization", "previous": "x", "text": "y", "reason": "r", "break_glass": true});
    assert!(serde_json::from_value::<Command>(forged).is_err());
}

#[test]
fn an_agreement_needs_the_counterparts_acceptance_in_a_meeting_with_it() {
    let mut w = World::demo();
    w.approve(json!({"waive_phase_order": true}));
    let to = |status: &str, on: &str| json!({"type": "change_commitment_status", "commitment": "com-2", "to": status, "on": on});
    let report = |meeting: &str, on: &str| {
        json!({"type": "report_acceptance", "commitment": "com-2", "meeting": meeting, "accepted_on": on,
        "source": {"publisher": "KP delegation", "title": "Minutes"}})
    };
    let meeting = |w: &mut World, on: &str, place: &str, participants: Value, result: &str| {
        w.run(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": on, "place": place, "participants": participants,
            "outcomes": [{"result": result, "text": "Discussed."}]}))
            .unwrap()
            .remove(0)
    };
    let with_consul = meeting(&mut w, "2025-03-18", "Kabul", json!(["per-1", "per-8"]), "agreed");
    // Only what was proposed to the counterpart can be accepted.
    w.refused(report(&with_consul, "2025-03-18"), "not_proposed");
    w.run(to("proposed", "2025-03-16")).unwrap();
    // "Agreed" without the counterpart's acceptance is not agreed.
    w.refused(to("agreed", "2025-03-19"), "not_accepted_by_counterpart");
    // A meeting among the province's own people in Peshawar is not with the counterpart.
    let among_ourselves = meeting(&mut w, "2025-03-18", "Peshawar", json!(["per-1", "per-2"]), "agreed");
    w.refused(report(&among_ourselves, "2025-03-18"), "meeting_not_with_counterpart");
    // A meeting where nothing was agreed produced no agreement.
    let nothing_agreed = meeting(&mut w, "2025-03-18", "Kabul", json!(["per-1", "per-8"]), "not_agreed");
    w.refused(report(&nothing_agreed, "2025-03-18"), "nothing_agreed_in_meeting");
    // The meeting recorded as a breach cannot be relied on.
    let breach = w.state.meetings.values().find(|m| m.breach.is_some()).unwrap().id.to_string();
    w.refused(report(&breach, "2025-03-18"), "meeting_was_a_breach");
    // An acceptance before the meeting was held.
    w.refused(report(&with_consul, "2025-03-17"), "date_order");
    w.run(report(&with_consul, "2025-03-18")).unwrap();
    w.refused(report(&with_consul, "2025-03-18"), "already_accepted");
    w.refused(
        json!({"type": "accept_commitment", "commitment": "com-2", "meeting": with_consul, "accepted_on": "2025-03-18"}),
        "already_accepted",
    );
    // Agreed no earlier than it was accepted.
    w.refused(to("agreed", "2025-03-17"), "date_order");
    w.run(to("agreed", "2025-03-19")).unwrap();
    assert_eq!(w.state.commitments[&CommitmentId::numbered(2)].acceptance.as_ref().unwrap().meeting.as_str(), with_consul);
}

#[test]
fn a_commitment_sent_back_to_draft_loses_the_acceptance_of_the_old_proposal() {
    let mut w = World::demo();
    w.approve(json!({}));
    let to = |status: &str, on: &str| json!({"type": "change_commitment_status", "commitment": "com-2", "to": status, "on": on});
    w.run(to("proposed", "2025-03-16")).unwrap();
    w.accepted("com-2", "2025-03-17");
    w.run(to("draft", "2025-03-18")).unwrap();
    w.run(to("proposed", "2025-03-18")).unwrap();
    w.refused(to("agreed", "2025-03-19"), "not_accepted_by_counterpart");
}

#[test]
fn a_phase_two_commitment_is_not_agreed_before_phase_one_ends() {
    let mut w = World::demo();
    w.approve(json!({}));
    let to = |status: &str, on: &str| json!({"type": "change_commitment_status", "commitment": "com-1", "to": status, "on": on});
    w.run(to("proposed", "2025-03-16")).unwrap();
    w.accepted("com-1", "2025-03-17");
    w.refused(to("agreed", "2025-03-18"), "phase_order");
    w.run(
        json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": "2025-03-18", "reason": "Movement of people is urgent."}),
    )
    .unwrap();
    w.run(to("agreed", "2025-03-18")).unwrap();
}

#[test]
fn travel_outside_the_rules_is_recorded_as_a_breach_until_the_federal_side_acknowledges_it() {
    let mut w = World::demo();
    let travel = |as_breach: bool| json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20", "as_breach": as_breach});
    let ack = |on: &str| json!({"type": "acknowledge_travel_breach", "visit": "vis-1", "acknowledged_on": on, "note": "Seen; the province is reminded."});
    // As a plan it is refused; as a fact it is recorded with every rule it broke.
    w.refused(travel(false), "not_approved");
    w.refused(ack("2025-03-21"), "not_a_breach_record");
    let before = w.state.clone();
    let event = decide(&w.state, &serde_json::from_value(travel(true)).unwrap()).unwrap();
    let codes: Vec<&str> = event.breaches.iter().map(|b| b.code.as_str()).collect();
    assert_eq!(codes, ["not_approved", "federal_government_not_notified"]);
    assert_eq!(w.state, before, "deciding changes nothing");
    w.run(travel(true)).unwrap();
    let visit = &w.state.visits[&VisitId::numbered(1)];
    assert_eq!(visit.travelled_on.map(|d| d.to_string()).as_deref(), Some("2025-03-20"));
    assert!(visit.breach.as_ref().is_some_and(|b| b.acknowledged.is_none()));
    w.refused(ack("2025-03-19"), "date_order");
    w.run(ack("2025-03-21")).unwrap();
    w.refused(ack("2025-03-22"), "already_acknowledged");
    // Within the rules it is no breach.
    let mut w = World::demo();
    w.approve(json!({}));
    w.notify();
    w.refused(travel(true), "not_a_breach");
    w.run(travel(false)).unwrap();
}

#[test]
fn an_approval_sets_conditions_the_province_reports_on() {
    let mut w = World::demo();
    let report = |condition: u32, on: &str| {
        json!({"type": "report_on_condition", "request": "apr-1", "condition": condition, "reported_on": on,
        "report": "The focal person briefed the Foreign Office after the visit."})
    };
    w.refused(report(1, "2025-03-16"), "not_approved");
    w.refused(
        json!({"type": "decide_approval", "request": "apr-1", "decision": "reject", "decided_on": "2025-03-15", "conditions": ["Report."]}),
        "field_format",
    );
    let many: Vec<String> = (0..=jirga_core::decide::MAX_CONDITIONS).map(|i| format!("Condition {i}.")).collect();
    w.refused(
        json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15", "conditions": many}),
        "out_of_range",
    );
    w.approve(json!({"conditions": ["Brief the Foreign Office after each visit.", "Share the minutes of every meeting within a week."]}));
    w.refused(report(0, "2025-03-16"), "no_such_condition");
    w.refused(report(3, "2025-03-16"), "no_such_condition");
    w.refused(report(1, "2025-03-14"), "date_order");
    w.run(report(1, "2025-03-16")).unwrap();
    let decision = w.state.approvals[&ApprovalId::numbered(1)].decision.clone().unwrap();
    assert_eq!(decision.conditions[0].reports.len(), 1);
    assert!(decision.conditions[1].reports.is_empty(), "the second condition is still unreported");
}

// ── Movement passes ────────────────────────────────────────────────────────

fn issue_pass(document_id: &str, points: &[&str], entries: Value) -> Value {
    json!({"type": "issue_pass", "document_id": document_id, "purpose": "medical", "crossing_points": points,
        "valid_from": "2025-03-10", "valid_until": "2025-04-09", "entries": entries, "authority": "Government of Khyber Pakhtunkhwa",
        "kid": "AAECAwQFBgc=", "issued_on": "2025-03-10", "holder_commitment": "ab".repeat(32)})
}

fn crossing(document_id: &str, point: &str, direction: &str, at: &str, failure: Option<&str>) -> Value {
    json!({"type": "record_crossing", "document_id": document_id, "crossing_point": point, "direction": direction, "crossed_at": at,
        "presented": {"failure": failure, "issuer": "Government of Khyber Pakhtunkhwa", "crossing_points": ["torkham"], "max_entries": 1}})
}

/// The anomalies the last crossing was flagged with.
fn last_anomalies(world: &World) -> Vec<String> {
    let c = world.state.crossings.values().last().unwrap();
    c.anomalies.iter().map(|a| a.as_str().to_owned()).collect()
}

#[test]
fn a_pass_names_registered_crossing_points_and_a_bounded_validity() {
    let mut w = World::demo();
    w.refused(json!({"type": "register_crossing_point", "code": "torkham", "name": "Torkham again"}), "crossing_point_exists");
    w.refused(issue_pass("JP-1", &["wagah"], json!({"kind": "single"})), "unknown_crossing_point");
    w.refused(issue_pass("JP-1", &[], json!({"kind": "single"})), "empty_list");
    w.refused(issue_pass("JP-1", &["torkham", "torkham"], json!({"kind": "single"})), "duplicate");
    let mut long = issue_pass("JP-1", &["torkham"], json!({"kind": "single"}));
    long["valid_until"] = json!("2026-04-09");
    w.refused(long, "validity_too_long");
    let mut backwards = issue_pass("JP-1", &["torkham"], json!({"kind": "single"}));
    backwards["valid_until"] = json!("2025-03-01");
    w.refused(backwards, "date_order");
    w.refused(issue_pass("JP-1", &["torkham"], json!({"kind": "multiple", "max": 500})), "out_of_range");
    assert_eq!(w.run(issue_pass("JP-1", &["torkham"], json!({"kind": "single"}))).unwrap(), vec!["pas-1"]);
    w.refused(issue_pass("JP-1", &["chaman"], json!({"kind": "single"})), "document_id_taken");
}

#[test]
fn crossings_are_recorded_and_their_anomalies_flagged() {
    let mut w = World::demo();
    w.run(issue_pass("JP-1", &["torkham"], json!({"kind": "multiple", "max": 2}))).unwrap();
    w.run(crossing("JP-1", "torkham", "entry", "2025-03-11T08:00:00Z", None)).unwrap();
    assert!(last_anomalies(&w).is_empty());
    w.run(crossing("JP-1", "torkham", "entry", "2025-03-11T09:00:00Z", None)).unwrap();
    assert_eq!(last_anomalies(&w), ["entry_while_inside"]);
    w.run(crossing("JP-1", "chaman", "exit", "2025-03-12T09:00:00Z", None)).unwrap();
    assert_eq!(last_anomalies(&w), ["wrong_crossing_point"]);
    // Two entries were allowed and two made: a third is too many.
    w.run(crossing("JP-1", "torkham", "entry", "2025-03-13T09:00:00Z", None)).unwrap();
    assert_eq!(last_anomalies(&w), ["too_many_entries"]);
    w.run(crossing("JP-1", "torkham", "exit", "2025-03-14T09:00:00Z", None)).unwrap();
    w.run(crossing("JP-1", "torkham", "exit", "2025-03-14T10:00:00Z", None)).unwrap();
    assert_eq!(last_anomalies(&w), ["exit_without_entry"]);
    // Our own record knows a pass expired or was revoked, whatever the post's lists say.
    w.run(crossing("JP-1", "torkham", "entry", "2025-05-01T09:00:00Z", None)).unwrap();
    assert!(last_anomalies(&w).contains(&"expired".to_owned()));
    w.run(json!({"type": "revoke_pass", "pass": "pas-1", "revoked_on": "2025-05-02", "reason": "Lost."})).unwrap();
    w.refused(json!({"type": "revoke_pass", "pass": "pas-1", "revoked_on": "2025-05-02", "reason": "Again."}), "pass_already_revoked");
    w.run(crossing("JP-1", "torkham", "exit", "2025-05-03T09:00:00Z", None)).unwrap();
    assert!(last_anomalies(&w).contains(&"revoked".to_owned()));
    // A counterpart's pass (not on our record) is judged on what its document says.
    w.run(crossing("AF-9", "torkham", "entry", "2025-03-11T08:00:00Z", Some("signature"))).unwrap();
    assert_eq!(last_anomalies(&w), ["invalid"]);
    assert!(w.state.crossings.values().last().unwrap().pass.is_none());
    w.refused(crossing("AF-9", "wagah", "exit", "2025-03-11T08:00:00Z", None), "unknown_crossing_point");
    assert_eq!(w.state.passes[&PassId::numbered(1)].crossings.len(), 8);
}

#[test]
fn holders_data_is_erased_only_after_its_retention() {
    let mut w = World::demo();
    w.run(issue_pass("JP-1", &["torkham"], json!({"kind": "single"}))).unwrap();
    let erase = |on: &str| json!({"type": "erase_pass_holders", "passes": ["pas-1"], "erased_on": on, "reason": "Retention ended."});
    w.refused(erase("2025-04-01"), "retention_not_ended");
    w.refused(json!({"type": "erase_pass_holders", "passes": ["pas-9"], "erased_on": "2025-05-01", "reason": "x"}), "not_found");
    w.run(erase("2025-04-10")).unwrap();
    assert!(w.state.passes[&PassId::numbered(1)].holder_erased);
    w.refused(erase("2025-04-11"), "holder_already_erased");
}

#[test]
fn the_holder_commitment_binds_the_data_and_the_salt() {
    use jirga_core::pass::holder_commitment;
    let app = &demo::pass_applications("2026-12-01".parse().unwrap())[0];
    let a = holder_commitment(b"salt-one", &app.holder, &app.purpose, &app.sponsor);
    assert_eq!(a, holder_commitment(b"salt-one", &app.holder, &app.purpose, &app.sponsor), "deterministic");
    assert_ne!(a, holder_commitment(b"salt-two", &app.holder, &app.purpose, &app.sponsor), "salted");
    let mut other = app.holder.clone();
    other.document_number = jirga_core::text::Name::parse("1401-0101-23457").unwrap();
    assert_ne!(a, holder_commitment(b"salt-one", &other, &app.purpose, &app.sponsor), "binds the data");
}

/// One ACLED row: a suicide bombing in a district on a day.
fn bombing_row(id: &str, date: &str, district: &str, fatalities: u32) -> String {
    format!(
        "{id},{date},{},1,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),,2,Civilians (Pakistan),,7,27,\
Civilian targeting,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,{district},,{district},34.0,72.0,1,Dawn,National,,{fatalities},,0\n",
        &date[..4]
    )
}

fn import(w: &mut World, rows: &str, format: &str) -> Result<Vec<String>, RuleError> {
    w.run(json!({"type": "record_incidents", "source": "test.csv", "format": format, "rows": rows}))
}

#[test]
fn incidents_are_new_once_amended_with_their_history_and_events_carry_the_alerts() {
    let mut w = World::demo();
    let two = bombing_row("PAK1", "2025-02-20", "Bannu", 2) + &bombing_row("PAK2", "2025-02-21", "Nowshera", 1);
    import(&mut w, &two, "acled").unwrap();
    // An id on the record is refused whole.
    w.refused(
        json!({"type": "record_incidents", "source": "t", "format": "acled", "rows": bombing_row("PAK2", "2025-02-22", "Bannu", 0)}),
        "incident_exists",
    );
    // Twice in one chunk: refused as its rows are read, naming both lines.
    let twice = bombing_row("PAK3", "2025-02-22", "Bannu", 0).repeat(2);
    let err = serde_json::from_value::<Command>(json!({"type": "record_incidents", "source": "t", "format": "acled", "rows": twice}))
        .unwrap_err();
    assert!(err.to_string().contains("line 2, column event_id_cnty: PAK3 is already on line 1"), "{err}");
    // Same district within 7 days (PAK1 on the 20th, PAK3 on the 26th): the alert is in the recording event.
    let command: Command = serde_json::from_value(json!({"type": "record_incidents", "source": "t", "format": "acled",
        "rows": bombing_row("PAK3", "2025-02-26", "Bannu", 4)}))
    .unwrap();
    let event = decide(&w.state, &command).unwrap();
    let district: Vec<_> = event.alerts.iter().filter(|a| a.rule == "suicide_bombings_in_a_district").collect();
    assert_eq!(district.len(), 1, "{:?}", event.alerts);
    assert_eq!((district[0].admin2.as_str(), district[0].incidents.clone()), ("Bannu", vec!["PAK1".to_owned(), "PAK3".to_owned()]));
    w.apply(command).unwrap();
    // An amendment: the same id only; the old version stays; statistics follow the new one.
    w.refused(
        json!({"type": "amend_incident", "incident": "PAK3", "row": bombing_row("PAK4", "2025-02-26", "Bannu", 5), "reason": "x"}),
        "field_format",
    );
    w.refused(
        json!({"type": "amend_incident", "incident": "PAK9", "row": bombing_row("PAK9", "2025-02-26", "Bannu", 5), "reason": "x"}),
        "not_found",
    );
    w.run(json!({"type": "amend_incident", "incident": "PAK3", "row": bombing_row("PAK3", "2025-02-26", "Kohat", 7), "reason": "District corrected."})).unwrap();
    let view = w.state.incidents.view("PAK3").unwrap();
    assert_eq!((view.incident.admin2.as_str(), view.incident.fatalities), ("Kohat", 7));
    assert_eq!(view.amendments[0].before.admin2, "Bannu");
    let by_district = w.state.incidents.columns().tally(&Default::default(), jirga_incidents::stats::Group::District);
    assert!(by_district.iter().any(|t| t.key == "Kohat, Khyber Pakhtunkhwa" && t.count.fatalities == 7), "{by_district:?}");
    assert!(!by_district.iter().any(|t| t.key == "Bannu, Khyber Pakhtunkhwa" && t.count.events == 2));
    // Evidence is cited on an agenda item or a claim only.
    w.refused(json!({"type": "cite_evidence", "record": "mtg-1", "incidents": ["PAK1"], "note": "x"}), "not_citable");
    w.refused(json!({"type": "cite_evidence", "record": "age-1", "incidents": ["PAK404"], "note": "x"}), "not_found");
    w.refused(json!({"type": "cite_evidence", "record": "age-1", "note": "x"}), "empty_list");
    w.refused(json!({"type": "cite_evidence", "record": "age-1", "statistic": "javascript:alert(1)", "note": "x"}), "field_format");
    w.run(json!({"type": "cite_evidence", "record": "clm-1", "statistic": "/incidents?district=Khyber%20Pakhtunkhwa%7CBannu", "note": "Bannu."})).unwrap();
    assert_eq!(
        w.run(json!({"type": "cite_evidence", "record": "age-1", "incidents": ["PAK1", "PAK3"], "note": "Two bombings."})).unwrap(),
        vec!["cit-2"]
    );
}

#[test]
fn a_hand_entry_near_an_incident_is_a_candidate_that_counts_for_no_alert_until_kept_apart() {
    let mut w = World::demo();
    import(&mut w, &bombing_row("PAK1", "2025-02-20", "Bannu", 2), "acled").unwrap();
    let command: Command = serde_json::from_value(json!({"type": "record_incidents", "source": "Hand entry", "format": "form",
        "rows": bombing_row("PAKJ1", "2025-02-21", "Bannu", 2)}))
    .unwrap();
    let event = decide(&w.state, &command).unwrap();
    assert_eq!(event.duplicate_candidates, vec!["PAK1"]);
    assert!(event.alerts.is_empty(), "a likely duplicate is not a second bombing");
    w.apply(command).unwrap();
    // Kept apart: it counts now, and the alert it completes is raised by the decision.
    let keep: Command =
        serde_json::from_value(json!({"type": "resolve_duplicate", "incident": "PAKJ1", "duplicate_of": "PAK1", "decision": "keep_apart"}))
            .unwrap();
    let event = decide(&w.state, &keep).unwrap();
    assert!(event.alerts.iter().any(|a| a.rule == "suicide_bombings_in_a_district"), "{:?}", event.alerts);
    w.apply(keep).unwrap();
    w.refused(json!({"type": "resolve_duplicate", "incident": "PAK1", "duplicate_of": "PAKJ1", "decision": "merge"}), "already_decided");
    w.refused(json!({"type": "resolve_duplicate", "incident": "PAK1", "duplicate_of": "PAK1", "decision": "merge"}), "field_format");
    assert_eq!(w.state.incidents.alerts().len(), 2, "district and province");
}

/// Communities, grievances, measures, milestones and scores.
#[path = "rules/tribal.rs"]
mod tribal;

/// Agreements both sides sign.
#[path = "rules/agreements.rs"]
mod agreements;
