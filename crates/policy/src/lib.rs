//! jirga-policy: the national-framework guardrail, as Cedar policies.
//!
//! "No commitments will be made that override Pakistan's national security framework
//! or diplomatic stance." Proposing or agreeing a commitment is judged by two policy
//! sets over the commitment's attributes and the federal approval in force:
//! `forbidden.cedar` (a matching forbid ⇒ **forbidden**) and `concurrence.cedar` (a
//! matching permit ⇒ **needs federal concurrence**); otherwise **allowed**. The
//! reasons are the ids and `@reason` texts of the policies that decided.
//!
//! Cedar is heavy to compile; it lives in this crate alone, which rarely changes.
//! Policy files ship in `policies/` and a deployment may replace them
//! (`JIRGA_POLICY_DIR`); they are validated against the schema at start.

use std::path::Path;
use std::str::FromStr;

use std::collections::{HashMap, HashSet};

use cedar_policy::{
    Authorizer, Context, Decision, Entities, Entity, EntityUid, PolicySet, Request, RestrictedExpression, Schema,
    ValidationMode, Validator,
};
use jirga_core::decide::approval_in_force;
use jirga_core::model::{Assessment, CommitmentStatus, Reason, Verdict};
use jirga_core::{Command, State};

const SCHEMA: &str = include_str!("../policies/framework.cedarschema");
const FORBIDDEN: &str = include_str!("../policies/forbidden.cedar");
const CONCURRENCE: &str = include_str!("../policies/concurrence.cedar");

/// Default financial liability above which federal concurrence is needed (PKR).
pub const DEFAULT_FINANCIAL_THRESHOLD: u64 = 50_000_000;

/// The loaded, validated framework.
pub struct Framework {
    forbidden: PolicySet,
    concurrence: PolicySet,
    financial_threshold: u64,
    authorizer: Authorizer,
    uids: Uids,
}

/// The entity ids every assessment uses.
struct Uids {
    principal: EntityUid,
    action: EntityUid,
    resource: EntityUid,
}

impl Uids {
    fn new() -> Uids {
        let uid = |s: &str| EntityUid::from_str(s).expect("valid entity uid");
        Uids {
            principal: uid(r#"Jirga::Negotiator::"province""#),
            action: uid(r#"Jirga::Action::"assess""#),
            resource: uid(r#"Jirga::Commitment::"commitment""#),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{file}: the schema does not parse: {message}")]
    Schema { file: String, message: String },
    #[error("{file}: {message}")]
    Parse { file: String, message: String },
    #[error("{file}: the policies do not validate against the schema: {message}")]
    Invalid { file: String, message: String },
    #[error("cannot read {file}: {message}")]
    Read { file: String, message: String },
}

/// The facts the guardrail judges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitmentFacts {
    pub topic: String,
    pub areas: Vec<String>,
    pub financial_amount: u64,
    pub bound: Vec<String>,
    /// Topics of the federal approval in force on the day (empty when none is).
    pub approved_topics: Vec<String>,
}

fn parse_set(file: &str, src: &str, schema: &Schema) -> Result<PolicySet, PolicyError> {
    let set = PolicySet::from_str(src).map_err(|e| PolicyError::Parse { file: file.to_owned(), message: format!("{e:?}") })?;
    let result = Validator::new(schema.clone()).validate(&set, ValidationMode::Strict);
    if !result.validation_passed() {
        let message = result.validation_errors().map(|e| e.to_string()).collect::<Vec<_>>().join("; ");
        return Err(PolicyError::Invalid { file: file.to_owned(), message });
    }
    Ok(set)
}

impl Framework {
    /// The policies shipped with the binary.
    pub fn load_default() -> Result<Framework, PolicyError> {
        Self::from_sources(SCHEMA, FORBIDDEN, CONCURRENCE, DEFAULT_FINANCIAL_THRESHOLD)
    }

    /// The policies of a deployment: `framework.cedarschema`, `forbidden.cedar` and
    /// `concurrence.cedar` in `dir` (any missing file falls back to the shipped one).
    pub fn load_dir(dir: &Path, financial_threshold: u64) -> Result<Framework, PolicyError> {
        let read = |name: &str, default: &str| -> Result<String, PolicyError> {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(s) => Ok(s),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(default.to_owned()),
                Err(e) => Err(PolicyError::Read { file: path.display().to_string(), message: e.to_string() }),
            }
        };
        Self::from_sources(
            &read("framework.cedarschema", SCHEMA)?,
            &read("forbidden.cedar", FORBIDDEN)?,
            &read("concurrence.cedar", CONCURRENCE)?,
            financial_threshold,
        )
    }

    pub fn from_sources(schema: &str, forbidden: &str, concurrence: &str, financial_threshold: u64) -> Result<Framework, PolicyError> {
        let (schema, _warnings) = Schema::from_cedarschema_str(schema)
            .map_err(|e| PolicyError::Schema { file: "framework.cedarschema".into(), message: format!("{e:?}") })?;
        let forbidden = parse_set("forbidden.cedar", forbidden, &schema)?;
        let concurrence = parse_set("concurrence.cedar", concurrence, &schema)?;
        Ok(Framework { forbidden, concurrence, financial_threshold, authorizer: Authorizer::new(), uids: Uids::new() })
    }

    /// The request judging `facts`, built directly (no JSON): the facts' shape is
    /// fixed by this code and the policies were validated against the schema at
    /// load, so the request skips per-request schema checks.
    fn request(&self, facts: &CommitmentFacts) -> (Request, Entities) {
        let strings = |items: &[String]| RestrictedExpression::new_set(items.iter().cloned().map(RestrictedExpression::new_string));
        let long = |n: u64| RestrictedExpression::new_long(n.min(i64::MAX as u64) as i64);
        let attrs = HashMap::from([
            ("topic".to_owned(), RestrictedExpression::new_string(facts.topic.clone())),
            ("areas".to_owned(), strings(&facts.areas)),
            ("financial_amount".to_owned(), long(facts.financial_amount)),
            ("bound".to_owned(), strings(&facts.bound)),
        ]);
        let entity = Entity::new(self.uids.resource.clone(), attrs, HashSet::new()).expect("literal attributes");
        let entities = Entities::from_entities([entity], None).expect("one entity");
        let context = Context::from_pairs([
            ("approved_topics".to_owned(), strings(&facts.approved_topics)),
            ("financial_threshold".to_owned(), long(self.financial_threshold)),
        ])
        .expect("distinct keys");
        let request = Request::new(self.uids.principal.clone(), self.uids.action.clone(), self.uids.resource.clone(), context, None)
            .expect("no schema to violate");
        (request, entities)
    }

    fn decide(&self, set: &PolicySet, request: &Request, entities: &Entities) -> (Decision, Vec<Reason>) {
        let response = self.authorizer.is_authorized(request, set, entities);
        let reasons = response
            .diagnostics()
            .reason()
            .filter(|id| set.annotation(id, "id") != Some("baseline"))
            .map(|id| Reason {
                policy: set.annotation(id, "id").unwrap_or(id.as_ref()).to_owned(),
                text: set.annotation(id, "reason").unwrap_or_default().to_owned(),
            })
            .collect();
        (response.decision(), reasons)
    }

    /// The same policies with another financial threshold (PKR).
    pub fn with_financial_threshold(mut self, threshold: u64) -> Framework {
        self.financial_threshold = threshold;
        self
    }

    /// Judge a commitment.
    pub fn assess_facts(&self, facts: &CommitmentFacts) -> Assessment {
        let (request, entities) = self.request(facts);
        let (decision, reasons) = self.decide(&self.forbidden, &request, &entities);
        if decision == Decision::Deny {
            return Assessment { verdict: Verdict::Forbidden, reasons };
        }
        let (decision, reasons) = self.decide(&self.concurrence, &request, &entities);
        if decision == Decision::Allow {
            return Assessment { verdict: Verdict::NeedsConcurrence, reasons };
        }
        Assessment { verdict: Verdict::Allowed, reasons: vec![] }
    }
}

/// The write path's hooks for a server or the CLI: allow-all authorization (until
/// users and roles arrive) and this guardrail, from the shipped policies or from
/// `JIRGA_POLICY_DIR`, with the threshold from `JIRGA_FINANCIAL_THRESHOLD` (PKR).
pub fn hooks_from_env() -> Result<jirga_engine::Hooks, PolicyError> {
    let threshold = match std::env::var("JIRGA_FINANCIAL_THRESHOLD") {
        Ok(v) => v.trim().parse().map_err(|_| PolicyError::Read {
            file: "JIRGA_FINANCIAL_THRESHOLD".into(),
            message: format!("'{v}' is not an amount"),
        })?,
        Err(_) => DEFAULT_FINANCIAL_THRESHOLD,
    };
    let framework = match std::env::var_os("JIRGA_POLICY_DIR") {
        Some(dir) => Framework::load_dir(Path::new(&dir), threshold)?,
        None => Framework::load_default()?.with_financial_threshold(threshold),
    };
    Ok(jirga_engine::Hooks { authorizer: Box::new(jirga_engine::AllowAll), guardrail: Box::new(framework) })
}

impl jirga_engine::Guardrail for Framework {
    fn assess(&self, command: &Command, state: &State) -> Option<Assessment> {
        let Command::ChangeCommitmentStatus { commitment, to: CommitmentStatus::Proposed | CommitmentStatus::Agreed, on, .. } = command
        else {
            return None;
        };
        let c = state.commitments.get(commitment)?;
        let approved_topics = approval_in_force(state, &c.initiative, *on)
            .map(|a| a.approved_topics.iter().map(|t| t.as_str().to_owned()).collect())
            .unwrap_or_default();
        Some(self.assess_facts(&CommitmentFacts {
            topic: c.topic.as_str().to_owned(),
            areas: c.areas.iter().map(|a| a.as_str().to_owned()).collect(),
            financial_amount: c.financial_amount.unwrap_or(0),
            bound: c.bound.iter().map(|p| p.to_string()).collect(),
            approved_topics,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let a = Framework::load_default().unwrap().assess_facts(&f);
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
    fn invalid_policies_are_refused_with_the_file_named() {
        let bad = Framework::from_sources(SCHEMA, "forbid (principal, action, resource) when { resource.nope };", CONCURRENCE, 1);
        let err = bad.err().expect("refused").to_string();
        assert!(err.starts_with("forbidden.cedar"), "{err}");
        let syntax = Framework::from_sources(SCHEMA, FORBIDDEN, "permit (principal, action, resource", 1);
        assert!(syntax.err().expect("refused").to_string().starts_with("concurrence.cedar"));
    }
}
