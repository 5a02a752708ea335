//! The tribal dimension and delivery: each rule refused with its named error,
//! then met. The demo holds the Shinwari (cmy-1, Khyber and Nangarhar), the
//! Mohmand (cmy-2, both sides), the Afridi (cmy-3, Khyber only) and the
//! Shinwari of Landi Kotal (cmy-4); elders per-10 to per-13.

use jirga_core::ids::*;
use jirga_core::model::{GrievanceStatus, Side};
use serde_json::json;

use super::World;

fn day(text: &str) -> jiff::civil::Date {
    text.parse().unwrap()
}

#[test]
fn a_communitys_sides_come_from_its_districts_not_a_label() {
    let w = World::demo();
    let c = &w.state.communities;
    assert_eq!(c[&CommunityId::numbered(1)].sides(), [Side::Pakistan, Side::Afghanistan]);
    assert_eq!(c[&CommunityId::numbered(3)].sides(), [Side::Pakistan]);
    let mut w = World::demo();
    w.refused(json!({"type": "register_community", "name_latin": "Nobody", "kind": "tribe", "districts": []}), "empty_list");
    w.refused(
        json!({"type": "register_community", "name_latin": "Twice", "kind": "tribe", "districts": ["khyber", "khyber"]}),
        "duplicate",
    );
    w.refused(
        json!({"type": "register_community", "name_latin": "Orphan", "kind": "sub_tribe", "districts": ["kurram"], "part_of": "cmy-99"}),
        "not_found",
    );
    // A side is not a field one could set: the command has none.
    let labelled =
        json!({"type": "register_community", "name_latin": "Labelled", "kind": "tribe", "districts": ["nangarhar"], "sides": ["pakistan"]});
    assert!(serde_json::from_value::<jirga_core::Command>(labelled).is_err());
}

#[test]
fn an_elder_speaks_for_a_community_not_a_government_and_is_listed_once() {
    let mut w = World::demo();
    w.refused(
        json!({"type": "add_elder", "community": "cmy-1", "person": "per-10", "standing": "elder", "since": "2025-03-02"}),
        "already_an_elder",
    );
    // per-5 is of the provincial government; per-8 the counterpart's consul.
    w.refused(
        json!({"type": "add_elder", "community": "cmy-1", "person": "per-5", "standing": "elder", "since": "2025-03-02"}),
        "elder_of_a_government",
    );
    w.refused(
        json!({"type": "add_elder", "community": "cmy-1", "person": "per-8", "standing": "elder", "since": "2025-03-02"}),
        "elder_of_a_government",
    );
    w.run(json!({"type": "add_elder", "community": "cmy-2", "person": "per-10", "standing": "elder", "since": "2025-03-02"})).unwrap();
}

#[test]
fn an_engagement_with_a_community_across_the_border_needs_the_approval_and_its_topics() {
    let mut w = World::demo();
    let jirga = |elder: &str, place: &str, items: &[&str]| {
        json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-20", "place": place,
            "participants": ["per-1", elder], "agenda_items": items})
    };
    // The Shinwari live on both sides: their elders are the other side, even met at home.
    w.refused(jirga("per-11", "Landi Kotal", &["age-1"]), "not_approved");
    w.refused(jirga("per-10", "Landi Kotal", &["age-1"]), "not_approved");
    // The Afridi live on Pakistan's side only: the province's own consultation.
    w.run(jirga("per-12", "Bara", &["age-1"])).unwrap();
    // ... unless it is held across the border.
    w.refused(jirga("per-12", "Jalalabad", &["age-1"]), "not_approved");
    // An elder of the Afridi who is also an elder of the Mohmand is the other side.
    w.run(json!({"type": "add_elder", "community": "cmy-2", "person": "per-12", "standing": "elder", "since": "2025-03-02"})).unwrap();
    w.refused(jirga("per-12", "Bara", &["age-1"]), "not_approved");
    // Once approved, the approved topics apply to a jirga as to any meeting with the other side.
    w.approve(json!({"approved_topics": ["security"]}));
    w.refused(jirga("per-11", "Landi Kotal", &["age-3"]), "topic_not_approved");
    w.run(jirga("per-11", "Landi Kotal", &["age-1"])).unwrap();
    let meeting = w.state.meetings.values().last().unwrap();
    let engaged: Vec<&str> = w.state.communities_in(meeting).map(|c| c.name_latin.as_str()).collect();
    assert_eq!(engaged, ["Shinwari"]);
}

#[test]
fn a_grievance_is_raised_by_its_own_elder_and_a_sensitive_ones_raiser_never_in_the_open() {
    let mut w = World::demo();
    let grievance = |community: &str, raised_by: serde_json::Value, sensitive: bool| {
        json!({"type": "raise_grievance", "community": community, "raised_by": raised_by, "sensitive": sensitive, "topic": "detention",
            "raised_on": "2025-03-10", "text": "Young men held without charge.", "source": {"publisher": "Jirga", "title": "Minutes"}})
    };
    w.refused(grievance("cmy-3", json!("per-10"), false), "not_an_elder");
    w.refused(grievance("cmy-3", json!("per-12"), true), "sensitive_raiser_in_the_open");
    let mut forged = grievance("cmy-3", serde_json::Value::Null, false);
    forged["raiser_commitment"] = json!("ab".repeat(32));
    w.refused(forged, "field_format");
    w.run(grievance("cmy-3", json!("per-12"), false)).unwrap();
    w.run(grievance("cmy-3", serde_json::Value::Null, true)).unwrap();
    // Kept apart: the command the record keeps names nobody, and commits to the raiser.
    let salt = [7u8; 16];
    let (kept, row) =
        jirga_core::state::keep_raiser_apart(serde_json::from_value(grievance("cmy-3", json!("per-12"), true)).unwrap(), &salt);
    let row = row.expect("a raiser to keep apart");
    let jirga_core::Command::RaiseGrievance { raised_by: None, raiser_commitment: Some(commitment), .. } = &kept else {
        panic!("{kept:?}")
    };
    assert!(row.matches(commitment.as_str()));
    assert!(!serde_json::to_string(&kept).unwrap().contains("per-12"));
    let other = jirga_core::state::KeptRaiser { person: PersonId::numbered(10), salt: row.salt.clone() };
    assert!(!other.matches(commitment.as_str()), "a row naming someone else does not match the commitment");
}

#[test]
fn a_grievance_moves_forward_only_and_ends_with_its_reason() {
    let mut w = World::demo();
    let step = |to: &str, extra: serde_json::Value| {
        let mut c = json!({"type": "advance_grievance", "grievance": "grv-1", "to": to, "on": "2025-03-12"});
        c.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        c
    };
    // grv-1 is acknowledged in the demo.
    w.refused(step("acknowledged", json!({})), "invalid_grievance_step");
    w.refused(step("referred", json!({})), "step_incomplete");
    w.refused(step("addressed", json!({"referred_to": "par-2"})), "field_format");
    w.refused(step("addressed", json!({})), "step_incomplete");
    w.refused(step("resolved", json!({})), "reason_required");
    w.refused(step("closed", json!({})), "reason_required");
    let mut early = step("referred", json!({"referred_to": "par-2"}));
    early["on"] = json!("2025-03-05");
    w.refused(early, "date_order");
    w.run(step("referred", json!({"referred_to": "par-2"}))).unwrap();
    w.run(step("addressed", json!({"commitment": "com-1"}))).unwrap();
    w.run(step("resolved", json!({"note": "A medical-pass desk opened at Torkham."}))).unwrap();
    let g = &w.state.grievances[&GrievanceId::numbered(1)];
    assert_eq!(g.status(), GrievanceStatus::Resolved);
    assert_eq!(g.steps.len(), 4, "every step is kept");
    w.refused(step("closed", json!({"note": "Again."})), "invalid_grievance_step");
}

#[test]
fn a_confidence_building_measure_is_between_both_sides() {
    let mut w = World::demo();
    let mark = |communities: serde_json::Value, parties: serde_json::Value| json!({"type": "mark_confidence_building", "commitment": "com-2", "communities": communities, "parties": parties, "marked_on": "2025-03-10"});
    // The Afridi and the province are both on Pakistan's side.
    w.refused(mark(json!(["cmy-3"]), json!(["par-1"])), "measure_one_sided");
    // A group or an international body is on neither side.
    w.refused(mark(json!(["cmy-3"]), json!(["par-4", "par-5"])), "measure_one_sided");
    // A body within the federal government is Pakistan's side (par-6 within par-2).
    w.refused(mark(json!([]), json!(["par-6"])), "measure_one_sided");
    w.refused(mark(json!(["cmy-3", "cmy-3"]), json!(["par-3"])), "duplicate");
    w.run(mark(json!(["cmy-3"]), json!(["par-3"]))).unwrap();
    w.refused(mark(json!(["cmy-1"]), json!([])), "already_a_measure");
}

#[test]
fn a_milestone_is_not_due_before_its_commitment_was_drafted_and_is_met_once() {
    let mut w = World::demo();
    w.refused(json!({"type": "add_milestone", "commitment": "com-2", "title": "Joint patrols", "due_on": "2025-03-08"}), "date_order");
    w.run(json!({"type": "add_milestone", "commitment": "com-2", "title": "Joint patrols", "due_on": "2025-04-30", "indicator": "Patrols per month"}))
        .unwrap();
    let report = |milestone: u32, extra: serde_json::Value| {
        let mut c = json!({"type": "report_milestone", "commitment": "com-2", "milestone": milestone, "on": "2025-03-12"});
        c.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        c
    };
    w.refused(report(0, json!({"value": 1})), "no_such_milestone");
    w.refused(report(2, json!({"value": 1})), "no_such_milestone");
    w.refused(report(1, json!({})), "step_incomplete");
    w.run(report(1, json!({"value": 4, "met": true}))).unwrap();
    w.refused(report(1, json!({"value": 5})), "milestone_already_met");
    let c = &w.state.commitments[&CommitmentId::numbered(2)];
    assert_eq!(c.milestones[0].met_on, Some(day("2025-03-12")));
}

#[test]
fn a_score_is_on_the_pam_scale_and_rests_on_evidence() {
    let mut w = World::demo();
    let score = |n: u8, evidence: serde_json::Value| json!({"type": "score_implementation", "commitment": "com-1", "score": n, "scored_on": "2025-03-12", "evidence": evidence});
    let evidence = json!({"kind": "crossings", "description": "Crossings recorded at Torkham in March."});
    w.refused(score(4, evidence.clone()), "out_of_range");
    w.refused(score(2, serde_json::Value::Null), "evidence_required");
    // An empty description is no evidence: refused as the command is parsed.
    assert!(serde_json::from_value::<jirga_core::Command>(score(2, json!({"kind": "report", "description": ""}))).is_err());
    w.run(score(2, evidence)).unwrap();
    let c = &w.state.commitments[&CommitmentId::numbered(1)];
    assert_eq!(c.scores.len(), 2, "the demo's score and this one: its history is on the record");
    assert_eq!(c.score_on(day("2025-03-10")).map(|s| s.score), Some(0));
    assert_eq!(c.score_on(day("2025-03-12")).map(|s| s.score), Some(2));
    assert_eq!(c.scores[1].scored_by.user, "test");
}

#[test]
fn overdue_and_lapsing_are_derived_from_the_record_and_the_reading_day() {
    let mut w = World::demo();
    let c = w.state.commitments[&CommitmentId::numbered(1)].clone();
    // Due 2025-12-31, milestone 1 due 2025-06-30 and not met.
    assert!(!c.overdue_on(day("2025-12-31")));
    assert!(c.overdue_on(day("2026-01-01")));
    assert!(!c.has_overdue(day("2025-06-30")));
    assert!(c.has_overdue(day("2025-07-01")));
    assert_eq!(c.overdue_milestones(day("2025-07-01")).map(|(n, _)| n).collect::<Vec<_>>(), [1]);
    w.approve(json!({"valid_until": "2025-04-10"}));
    let approval = &w.state.approvals[&ApprovalId::numbered(1)];
    assert_eq!(approval.lapsing_on(day("2025-03-26")), None, "15 days ahead: no warning yet");
    assert_eq!(approval.lapsing_on(day("2025-03-27")), Some(day("2025-04-10")));
    assert_eq!(approval.lapsing_on(day("2025-04-10")), Some(day("2025-04-10")));
    assert_eq!(approval.lapsing_on(day("2025-04-11")), None, "lapsed, no longer lapsing");
}
