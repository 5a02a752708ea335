use super::*;
use jirga_core::model::Verdict;

fn facts(areas: &[&str], amount: u64, topic: &str) -> CommitmentFacts {
    CommitmentFacts {
        topic: topic.into(),
        areas: areas.iter().map(|s| s.to_string()).collect(),
        financial_amount: amount,
        bound: vec!["par-1".into()],
        binds_other_side: false,
        approved_topics: vec!["trade".into(), "security".into()],
    }
}

fn check(f: CommitmentFacts, verdict: Verdict, policies: &[&str]) {
    let a = Policies::shipped().framework.assess_facts(&f);
    assert_eq!(a.verdict, verdict, "{f:?} → {a:?}");
    let mut got: Vec<&str> = a.reasons.iter().map(|r| r.policy.as_str()).collect();
    got.sort();
    assert_eq!(got, policies, "{f:?}");
    assert!(a.reasons.iter().all(|r| !r.text.is_empty()));
}

#[test]
fn every_default_policy_on_both_sides_of_its_boundary() {
    use Verdict::*;
    check(facts(&[], 0, "trade"), Allowed, &[]);
    // Border status: forbidden; any other area is not.
    check(facts(&["border_status"], 0, "trade"), Forbidden, &["border-status"]);
    check(facts(&["refugees_status"], 0, "trade"), Allowed, &[]);
    // Approved topics: inside allowed, outside forbidden.
    check(facts(&[], 0, "health"), Forbidden, &["outside-approved-topics"]);
    // Concurrence areas.
    check(facts(&["defence_deployment"], 0, "security"), NeedsConcurrence, &["defence-deployment"]);
    check(facts(&["extradition"], 0, "security"), NeedsConcurrence, &["extradition"]);
    check(facts(&["recognition"], 0, "trade"), NeedsConcurrence, &["recognition"]);
    // Financial liability: at the threshold allowed, one rupee above needs concurrence.
    check(facts(&["financial_liability"], DEFAULT_FINANCIAL_THRESHOLD, "trade"), Allowed, &[]);
    check(facts(&["financial_liability"], DEFAULT_FINANCIAL_THRESHOLD + 1, "trade"), NeedsConcurrence, &["financial-liability"]);
    // Binding the other side: its classification is confirmed by the federal side.
    check(CommitmentFacts { binds_other_side: true, ..facts(&[], 0, "trade") }, NeedsConcurrence, &["binds-the-other-side"]);
    // Forbidden wins over concurrence, and every deciding policy is named.
    check(facts(&["border_status", "extradition"], 0, "health"), Forbidden, &["border-status", "outside-approved-topics"]);
}

#[test]
fn invalid_policies_are_refused_with_file_and_line() {
    let with = |edit: &dyn Fn(&mut Sources)| {
        let mut s = Sources::shipped();
        edit(&mut s);
        Policies::load(&s, 1).err().expect("refused").to_string()
    };
    let unknown_attribute = with(&|s| s.forbidden = "\n\nforbid (principal, action, resource) when { resource.nope };".into());
    assert!(unknown_attribute.starts_with("forbidden.cedar:3:"), "{unknown_attribute}");
    let syntax = with(&|s| s.concurrence = "permit (principal, action, resource".into());
    assert!(syntax.starts_with("concurrence.cedar:1:"), "{syntax}");
    let authz = with(&|s| s.authorization.push_str("\npermit (principal, action == Jirga::Action::\"fly\", resource);"));
    assert!(authz.starts_with("authorization.cedar:"), "{authz}");
    assert!(authz.contains("fly"), "{authz}");
}

#[test]
fn slicing_by_action_changes_no_decision() {
    use jirga_core::model::{OrgKind, UserRole};
    use jirga_core::{Actor, Principal};
    let mut sources = Sources::shipped();
    // Policies of every scope shape: unconstrained, `==`, `in [...]`.
    sources.authorization.push_str(
        r#"
@id("banned") forbid (principal, action, resource) when { principal.organization == "org-banned" };
@id("auditor-notes") permit (principal, action in [Jirga::Action::"add_note", Jirga::Action::"read"], resource)
  when { principal.roles.contains("auditor") };
@id("analyst-claims") permit (principal, action == Jirga::Action::"state_claim", resource)
  when { principal.roles.contains("security_analyst") };
"#,
    );
    let policies = Policies::load(&sources, 1).unwrap();
    let state = jirga_core::State::default();
    let full = policies.authorization.policies.in_force(&state);
    let mut decisions = 0;
    for org in ["org-kp", "org-banned", "org-mofa"] {
        for kind in OrgKind::ALL {
            for role in UserRole::ALL {
                let p = Principal {
                    actor: Actor { user: "u".into(), name: "U".into(), organization: org.into() },
                    org_kind: *kind,
                    roles: vec![*role],
                    person: None,
                    posts: vec![],
                };
                for action in jirga_core::Command::NAMES.iter().chain(crate::authz::READ_ACTIONS) {
                    let sliced = policies.authorization.evaluate_in(&p, action, None, &state).is_ok();
                    let remembered = policies.authorization.decide(&p, action, None, &state).is_ok();
                    assert_eq!(sliced, remembered, "{org} {kind} {role} {action}");
                    let whole = policies.authorization.decide_with(&full, &p, action, None, None).is_ok();
                    assert_eq!(sliced, whole, "{org} {kind} {role} {action}");
                    decisions += usize::from(sliced);
                }
            }
        }
    }
    assert!(decisions > 0);
}

/// The demo scenario folded into a state, every change by a user of `org-kp`.
fn demo_state() -> jirga_core::State {
    let mut state = jirga_core::State::default();
    for command in jirga_core::demo::scenario() {
        let event = jirga_core::decide(&state, &command).unwrap();
        let actor = jirga_core::Actor { user: "saif".into(), name: "Saif".into(), organization: "org-kp".into() };
        let record = jirga_core::EventRecord { v: 2, seq: state.next_seq(), at: jiff::Timestamp::UNIX_EPOCH, actor, event };
        state.apply(&record);
    }
    state
}

#[test]
fn a_grant_holds_until_what_it_rested_on_changes() {
    use jirga_core::hooks::Authorizer;
    use jirga_core::model::{OrgKind, UserRole};
    use jirga_core::{Actor, Command, Principal};
    let policies = Policies::shipped();
    let authz = &policies.authorization;
    let approver = Principal {
        actor: Actor { user: "approver".into(), name: "A".into(), organization: "org-mofa".into() },
        org_kind: OrgKind::FederalMinistry,
        roles: vec![UserRole::FederalApprover],
        person: None,
        posts: vec![],
    };
    let mut state = demo_state();
    let note: Command = serde_json::from_value(serde_json::json!({"type": "add_note", "record": "com-1", "text": "Seen."})).unwrap();
    let grant = authz.authorize(&approver, &note, &state).unwrap();
    assert!(authz.holds(grant, &approver, &note, &state));
    // The commitment's status changes: the facts differ, the writer decides again.
    let propose: Command = serde_json::from_value(
        serde_json::json!({"type": "change_commitment_status", "commitment": "com-1", "to": "proposed", "on": "2025-03-10"}),
    )
    .unwrap();
    let event = jirga_core::decide(&state, &propose).unwrap();
    let actor = Actor { user: "saif".into(), name: "Saif".into(), organization: "org-kp".into() };
    state.apply(&jirga_core::EventRecord { v: 2, seq: state.next_seq(), at: jiff::Timestamp::UNIX_EPOCH, actor, event });
    assert!(!authz.holds(grant, &approver, &note, &state));
}

#[test]
fn every_command_and_read_is_an_action_of_the_authorization_schema() {
    let schema = parse_schema("authorization.cedarschema", AUTHORIZATION_SCHEMA).unwrap();
    let declared: Vec<String> = schema.actions().map(|uid| uid.id().unescaped().to_owned()).collect();
    let missing: Vec<&str> =
        jirga_core::Command::NAMES.iter().chain(authz::READ_ACTIONS).copied().filter(|name| !declared.iter().any(|d| d == name)).collect();
    assert!(missing.is_empty(), "commands with no Cedar action in authorization.cedarschema: {missing:?}");
}
