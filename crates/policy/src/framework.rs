//! The national-framework guardrail: proposing or agreeing a commitment is judged
//! by `forbidden.cedar` (a matching forbid ⇒ **forbidden**) and
//! `concurrence.cedar` (a matching permit ⇒ **needs federal concurrence**);
//! otherwise it is **allowed**. The reasons are the ids and `@reason` texts of
//! the policies that decided.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::Arc;

use cedar_policy::{Authorizer, Context, Decision, Entities, Entity, EntityUid, PolicySet, Request, RestrictedExpression};
use jirga_core::decide::approval_in_force;
use jirga_core::model::{Assessment, CommitmentStatus, Reason, Verdict};
use jirga_core::{Command, State};

use crate::live::LiveSet;

/// The loaded, validated framework.
pub struct Framework {
    pub(crate) forbidden: Arc<LiveSet>,
    pub(crate) concurrence: Arc<LiveSet>,
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

/// The facts the guardrail judges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitmentFacts {
    pub topic: String,
    pub areas: Vec<String>,
    pub financial_amount: u64,
    pub bound: Vec<String>,
    /// A bound party is not of our side (see `jirga_core::sides::of_our_side`).
    pub binds_other_side: bool,
    /// Topics of the federal approval in force on the day (empty when none is).
    pub approved_topics: Vec<String>,
}

impl Framework {
    pub(crate) fn new(forbidden: Arc<LiveSet>, concurrence: Arc<LiveSet>, financial_threshold: u64) -> Framework {
        Framework { forbidden, concurrence, financial_threshold, authorizer: Authorizer::new(), uids: Uids::new() }
    }

    /// The same policies with another financial threshold (PKR).
    pub fn with_financial_threshold(mut self, threshold: u64) -> Framework {
        self.financial_threshold = threshold;
        self
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
            ("binds_other_side".to_owned(), RestrictedExpression::new_bool(facts.binds_other_side)),
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
            .collect::<Vec<_>>();
        // Cedar names the deciding policies in no fixed order; the record does.
        let mut reasons = reasons;
        reasons.sort_by(|a: &Reason, b: &Reason| a.policy.cmp(&b.policy));
        (response.decision(), reasons)
    }

    /// Judge a commitment against the policy files (whatever has been recorded since).
    pub fn assess_facts(&self, facts: &CommitmentFacts) -> Assessment {
        self.assess_with(self.forbidden.base(), self.concurrence.base(), facts)
    }

    fn assess_with(&self, forbidden: &PolicySet, concurrence: &PolicySet, facts: &CommitmentFacts) -> Assessment {
        let (request, entities) = self.request(facts);
        let (decision, reasons) = self.decide(forbidden, &request, &entities);
        if decision == Decision::Deny {
            return Assessment { verdict: Verdict::Forbidden, reasons };
        }
        let (decision, reasons) = self.decide(concurrence, &request, &entities);
        if decision == Decision::Allow {
            return Assessment { verdict: Verdict::NeedsConcurrence, reasons };
        }
        Assessment { verdict: Verdict::Allowed, reasons: vec![] }
    }
}

impl jirga_core::hooks::Guardrail for Framework {
    fn assess(&self, command: &Command, state: &State) -> Option<Assessment> {
        let Command::ChangeCommitmentStatus { commitment, to: CommitmentStatus::Proposed | CommitmentStatus::Agreed, on, .. } = command
        else {
            return None;
        };
        let c = state.commitments.get(commitment)?;
        let approved_topics = approval_in_force(state, &c.initiative, *on)
            .map(|a| a.approved_topics.iter().map(|t| t.as_str().to_owned()).collect())
            .unwrap_or_default();
        // The areas the drafter declared, and those the text names (the screen):
        // the policies judge both, and the verdict says what the screen found.
        let findings = jirga_core::screen::screen(c.text.as_str());
        let mut areas: Vec<String> = c.areas.iter().map(|a| a.as_str().to_owned()).collect();
        for finding in &findings {
            if !c.areas.contains(&finding.area) {
                areas.push(finding.area.as_str().to_owned());
            }
        }
        let facts = CommitmentFacts {
            topic: c.topic.as_str().to_owned(),
            areas,
            financial_amount: c.financial_amount.unwrap_or(0),
            bound: c.bound.iter().map(|p| p.to_string()).collect(),
            // What a party is, not how the drafter labelled the commitment:
            // any bound party not of the province's or the federal side.
            binds_other_side: state
                .initiatives
                .get(&c.initiative)
                .is_none_or(|ini| c.bound.iter().any(|p| !jirga_core::sides::of_our_side(state, ini, p))),
            approved_topics,
        };
        let mut assessment = self.assess_with(&self.forbidden.in_force(state), &self.concurrence.in_force(state), &facts);
        if assessment.verdict != Verdict::Allowed {
            assessment.reasons.extend(findings.iter().filter(|f| !c.areas.contains(&f.area)).map(|f| Reason {
                policy: "text-screen".to_owned(),
                text: format!("The text names {} (\u{201c}{}\u{201d}), though the area was not declared.", f.area.as_str(), f.term),
            }));
        }
        Some(assessment)
    }
}
