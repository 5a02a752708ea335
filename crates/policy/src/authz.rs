//! Authorization: every command and every read, one Cedar decision each.
//!
//! The principal is the signed-in user (organization, its kind, roles, the person
//! they are); the action is the command's name (or `read`, `read_everything`,
//! `read_log`); the resource is the record the command acts on, with the facts
//! the policies look at: its kind, the organization of whoever created it, its
//! status and, for meetings, who attended. A refusal names the policies that
//! refused, or says that none permits.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::Arc;

use cedar_policy::{Authorizer, Context, Decision, Entities, Entity, EntityId, EntityTypeName, EntityUid, PolicySet, Request, RestrictedExpression};
use jirga_core::model::PolicySetName;
use jirga_core::{Command, Principal, State};
use jirga_engine::{Denied, Read};

use crate::live::LiveSet;

pub struct Authorization {
    pub(crate) policies: Arc<LiveSet>,
    /// Every set an administrator may change, to validate a change before it is decided.
    pub(crate) changeable: Vec<Arc<LiveSet>>,
    authorizer: Authorizer,
    user_type: EntityTypeName,
    record_type: EntityTypeName,
    actions: HashMap<&'static str, EntityUid>,
}

/// What the policies know of a record.
struct RecordFacts {
    kind: &'static str,
    organization: String,
    status: &'static str,
    attendees: Vec<String>,
}

fn record_facts(state: &State, id: &str) -> Option<RecordFacts> {
    let kind = state.kind_of(id)?;
    let organization = state.history(id).and_then(|h| h.first()).map(|s| s.actor.organization.clone()).unwrap_or_default();
    let mut facts = RecordFacts { kind, organization, status: "", attendees: vec![] };
    match kind {
        "commitment" => facts.status = state.commitments.get(&id.into()).map_or("", |c| c.status.as_str()),
        "approval" => facts.status = state.approvals.get(&id.into()).map_or("", |a| a.status().as_str()),
        "meeting" => {
            facts.attendees = state.meetings.get(&id.into()).map(|m| m.participants.iter().map(|p| p.to_string()).collect()).unwrap_or_default()
        }
        _ => {}
    }
    Some(facts)
}

impl Authorization {
    pub(crate) fn new(policies: Arc<LiveSet>, changeable: Vec<Arc<LiveSet>>) -> Authorization {
        let action = |name: &str| EntityUid::from_str(&format!(r#"Jirga::Action::"{name}""#)).expect("valid action uid");
        let actions = Command::NAMES
            .iter()
            .chain(&["read", "read_everything", "read_log"])
            .map(|name| (*name, action(name)))
            .collect();
        Authorization {
            policies,
            changeable,
            authorizer: Authorizer::new(),
            user_type: EntityTypeName::from_str("Jirga::User").expect("valid type"),
            record_type: EntityTypeName::from_str("Jirga::Record").expect("valid type"),
            actions,
        }
    }

    fn user(&self, principal: &Principal) -> Entity {
        let strings = |items: Vec<String>| RestrictedExpression::new_set(items.into_iter().map(RestrictedExpression::new_string));
        let attrs = HashMap::from([
            ("organization".to_owned(), RestrictedExpression::new_string(principal.actor.organization.clone())),
            ("org_kind".to_owned(), RestrictedExpression::new_string(principal.org_kind.as_str().to_owned())),
            ("roles".to_owned(), strings(principal.roles.iter().map(|r| r.as_str().to_owned()).collect())),
            (
                "person".to_owned(),
                RestrictedExpression::new_string(principal.person.as_ref().map(|p| p.to_string()).unwrap_or_default()),
            ),
        ]);
        let uid = EntityUid::from_type_name_and_id(self.user_type.clone(), EntityId::new(&principal.actor.user));
        Entity::new(uid, attrs, HashSet::new()).expect("literal attributes")
    }

    fn record(&self, id: Option<&str>, state: &State) -> Entity {
        let facts = id.and_then(|id| record_facts(state, id));
        let facts = facts.unwrap_or(RecordFacts { kind: "", organization: String::new(), status: "", attendees: vec![] });
        let attrs = HashMap::from([
            ("kind".to_owned(), RestrictedExpression::new_string(facts.kind.to_owned())),
            ("organization".to_owned(), RestrictedExpression::new_string(facts.organization)),
            ("status".to_owned(), RestrictedExpression::new_string(facts.status.to_owned())),
            (
                "attendees".to_owned(),
                RestrictedExpression::new_set(facts.attendees.into_iter().map(RestrictedExpression::new_string)),
            ),
        ]);
        let uid = EntityUid::from_type_name_and_id(self.record_type.clone(), EntityId::new(id.unwrap_or("none")));
        Entity::new(uid, attrs, HashSet::new()).expect("literal attributes")
    }

    /// One decision: may `principal` do `action` on the record `target`?
    /// Returns the deciding policies' (id, reason) on a refusal.
    pub fn decide(&self, principal: &Principal, action: &str, target: Option<&str>, state: &State) -> Result<(), Vec<(String, String)>> {
        let policies = self.policies.in_force(state);
        self.decide_with(&policies, principal, action, target, state)
    }

    fn decide_with(
        &self,
        policies: &PolicySet,
        principal: &Principal,
        action: &str,
        target: Option<&str>,
        state: &State,
    ) -> Result<(), Vec<(String, String)>> {
        let Some(action_uid) = self.actions.get(action) else {
            return Err(vec![]);
        };
        let user = self.user(principal);
        let record = self.record(target, state);
        let request = Request::new(user.uid(), action_uid.clone(), record.uid(), Context::empty(), None).expect("no schema to violate");
        let entities = Entities::from_entities([user, record], None).expect("two distinct entities");
        let response = self.authorizer.is_authorized(&request, policies, &entities);
        if response.decision() == Decision::Allow {
            return Ok(());
        }
        Err(response
            .diagnostics()
            .reason()
            .map(|id| {
                (
                    policies.annotation(id, "id").unwrap_or(id.as_ref()).to_owned(),
                    policies.annotation(id, "reason").unwrap_or_default().to_owned(),
                )
            })
            .collect())
    }
}

impl jirga_engine::Authorizer for Authorization {
    fn authorize(&self, principal: &Principal, command: &Command, state: &State) -> Result<(), Denied> {
        let name = command.name();
        let denied = |code, reason| Denied { user: principal.actor.user.clone(), command: name, code, reason };
        if let Err(reasons) = self.decide(principal, name, command.target(), state) {
            let reason = if reasons.is_empty() {
                let roles = principal.roles.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ");
                format!("no policy permits {roles} of {} to {name}", principal.actor.organization)
            } else {
                reasons.iter().map(|(id, text)| format!("{id}: {text}")).collect::<Vec<_>>().join("; ")
            };
            return Err(denied("not_authorized", reason));
        }
        if let Command::ChangePolicies { policy_set, previous, text, .. } = command {
            let set = self.changeable.iter().find(|s| s.name == *policy_set).expect("every changeable set is loaded");
            set.check_change(state, previous.as_str(), text.as_str()).map_err(|(code, reason)| denied(code, reason))?;
        }
        Ok(())
    }

    fn may_read(&self, principal: &Principal, what: Read<'_>, state: &State) -> bool {
        let (action, target) = match what {
            Read::Everything => ("read_everything", None),
            Read::Record(id) => ("read", Some(id)),
            Read::Log => ("read_log", None),
        };
        self.decide(principal, action, target, state).is_ok()
    }

    fn may(&self, principal: &Principal, action: &str, target: Option<&str>, state: &State) -> bool {
        self.decide(principal, action, target, state).is_ok()
    }

    fn policy_in_force(&self, set: PolicySetName, state: &State) -> Option<String> {
        self.changeable.iter().find(|s| s.name == set).map(|s| s.text_in_force(state).to_owned())
    }
}
