use super::*;
use jirga_core::model::Verdict;

fn facts(areas: &[&str], amount: u64, topic: &str) -> CommitmentFacts {
    CommitmentFacts {
        topic: topic.into(),
        areas: areas.iter().map(|s| s.to_string()).collect(),
        financial_amount: amount,
        bound: vec!["par-1".into()],
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
