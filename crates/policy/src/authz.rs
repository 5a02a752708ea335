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
use std::sync::{Arc, RwLock};

use cedar_policy::{
    ActionConstraint, Authorizer, Context, Decision as CedarDecision, Entities, Entity, EntityId, EntityTypeName, EntityUid, PolicySet,
    Request, RestrictedExpression,
};
use jirga_core::hooks::{Denied, Grant, Read};
use jirga_core::model::{OrgKind, PolicySetName, UserRole};
use jirga_core::state::RecordRef;
use jirga_core::{Command, Principal, State};

use crate::live::LiveSet;

pub struct Authorization {
    pub(crate) policies: Arc<LiveSet>,
    /// Decisions already made (see [`Authorization::decide`]).
    remembered: RwLock<HashMap<DecisionKey, Decision>>,
    /// The set in force, sliced by action (see [`slice_by_action`]).
    slices: RwLock<(Arc<PolicySet>, Arc<Slices>)>,
    /// Every set an administrator may change, to validate a change before it is decided.
    pub(crate) changeable: Vec<Arc<LiveSet>>,
    authorizer: Authorizer,
    user_type: EntityTypeName,
    record_type: EntityTypeName,
    actions: HashMap<&'static str, EntityUid>,
}

/// Allowed, or refused with the (id, reason) of each deciding policy (none: no
/// policy permits).
pub type Decision = Result<(), Vec<(String, String)>>;

/// One policy set per action.
type Slices = HashMap<String, PolicySet>;

/// How many decisions are remembered before the memory starts over.
const REMEMBERED_DECISIONS: usize = 16_384;

/// Everything a decision depends on.
#[derive(Hash, PartialEq, Eq)]
struct DecisionKey {
    principal: Principal,
    action: String,
    target: Option<String>,
    basis: Basis,
}

/// What a decision rests on besides the principal, the action and the target's
/// id: the facts of the record acted on and the version of the policies in force.
#[derive(Clone, Hash, PartialEq, Eq)]
struct Basis {
    facts: Option<RecordFacts>,
    version: Option<jirga_core::ids::PolicyVersionId>,
}

impl Basis {
    fn of(state: &State, target: Option<&str>) -> Basis {
        Basis {
            facts: target.and_then(|id| record_facts(state, id)),
            version: state.recorded_policy(PolicySetName::Authorization).map(|v| v.id.clone()),
        }
    }

    /// The basis of a decision on `command`: its record's facts, and for an
    /// acceptance the participants of the meeting it cites.
    fn of_command(state: &State, command: &Command, target: Option<&str>) -> Basis {
        let mut basis = Basis::of(state, target);
        if let (Command::AcceptCommitment { meeting, .. }, Some(facts)) = (command, basis.facts.as_mut()) {
            facts.cites_meeting = true;
            facts.attendees =
                state.meetings.get(meeting).map(|m| m.participants.iter().map(|p| p.to_string()).collect()).unwrap_or_default();
        }
        basis
    }

    /// The grant fingerprint of a decision on this basis.
    fn grant(&self) -> Grant {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        self.hash(&mut hasher);
        Grant(hasher.finish())
    }
}

/// What the policies know of a record.
#[derive(Debug, Clone, Hash, PartialEq, Eq)]
pub struct RecordFacts {
    kind: &'static str,
    organization: String,
    status: &'static str,
    attendees: Vec<String>,
    /// A crossing point's code (where a border officer must be posted to record there).
    point: String,
    /// The command cites a meeting, whose participants are then `attendees`
    /// (an acceptance is recorded by someone who took part in it).
    cites_meeting: bool,
}

fn record_facts(state: &State, id: &str) -> Option<RecordFacts> {
    let kind = state.kind_of(id)?;
    let organization = state.history(id).and_then(|h| h.first()).map(|s| s.actor.organization.clone()).unwrap_or_default();
    let mut facts = RecordFacts { kind, organization, status: "", attendees: vec![], point: String::new(), cites_meeting: false };
    match id.parse::<RecordRef>().ok()? {
        RecordRef::Commitment(id) => facts.status = state.commitments.get(&id).map_or("", |c| c.status.as_str()),
        RecordRef::ApprovalRequest(id) => facts.status = state.approvals.get(&id).map_or("", |a| a.status().as_str()),
        RecordRef::CrossingPoint(id) => facts.point = state.crossing_points.get(&id).map(|p| p.code.to_string()).unwrap_or_default(),
        RecordRef::Meeting(id) => {
            facts.attendees = state.meetings.get(&id).map(|m| m.participants.iter().map(|p| p.to_string()).collect()).unwrap_or_default()
        }
        _ => {}
    }
    Some(facts)
}

/// The record a command is judged on: the one it names, except a crossing,
/// judged on the crossing point's record (a border officer records only where
/// they are posted; the command carries the point's code, not its record id).
fn cedar_target(command: &Command, state: &State) -> Option<String> {
    match command {
        Command::RecordCrossing { crossing_point, .. } => state.crossing_point(crossing_point.as_str()).map(|p| p.id.to_string()),
        _ => command.target().map(str::to_owned),
    }
}

/// The actions of reads (every other action is a command's name).
pub const READ_ACTIONS: &[&str] = &["read", "read_everything", "read_log", "read_holder_data", "read_sensitive_raiser"];

impl Authorization {
    pub(crate) fn new(policies: Arc<LiveSet>, changeable: Vec<Arc<LiveSet>>) -> Authorization {
        let action = |name: &str| EntityUid::from_str(&format!(r#"Jirga::Action::"{name}""#)).expect("valid action uid");
        let actions: HashMap<&'static str, EntityUid> =
            Command::NAMES.iter().chain(READ_ACTIONS).map(|name| (*name, action(name))).collect();
        let base = policies.in_force(&State::default());
        let sliced = Arc::new(slice_by_action(&base, &actions));
        Authorization {
            policies,
            slices: RwLock::new((base, sliced)),
            remembered: RwLock::new(HashMap::new()),
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
            ("person".to_owned(), RestrictedExpression::new_string(principal.person.as_ref().map(|p| p.to_string()).unwrap_or_default())),
            ("posts".to_owned(), strings(principal.posts.clone())),
        ]);
        let uid = EntityUid::from_type_name_and_id(self.user_type.clone(), EntityId::new(&principal.actor.user));
        Entity::new(uid, attrs, HashSet::new()).expect("literal attributes")
    }

    fn record(&self, id: Option<&str>, facts: Option<RecordFacts>) -> Entity {
        let facts = facts.unwrap_or(RecordFacts {
            kind: "",
            organization: String::new(),
            status: "",
            attendees: vec![],
            point: String::new(),
            cites_meeting: false,
        });
        let attrs = HashMap::from([
            ("kind".to_owned(), RestrictedExpression::new_string(facts.kind.to_owned())),
            ("organization".to_owned(), RestrictedExpression::new_string(facts.organization)),
            ("status".to_owned(), RestrictedExpression::new_string(facts.status.to_owned())),
            ("attendees".to_owned(), RestrictedExpression::new_set(facts.attendees.into_iter().map(RestrictedExpression::new_string))),
            ("point".to_owned(), RestrictedExpression::new_string(facts.point)),
            ("cites_meeting".to_owned(), RestrictedExpression::new_bool(facts.cites_meeting)),
        ]);
        let uid = EntityUid::from_type_name_and_id(self.record_type.clone(), EntityId::new(id.unwrap_or("none")));
        Entity::new(uid, attrs, HashSet::new()).expect("literal attributes")
    }

    /// One decision: may `principal` do `action` on the record `target`?
    /// Returns the deciding policies' (id, reason) on a refusal.
    ///
    /// Decisions are remembered: a Cedar decision is a function of the principal,
    /// the action, the resource's id and facts, and the policies, and the key holds
    /// all of them (the policies by their recorded version), so a remembered answer
    /// is exactly the one Cedar would give again.
    pub fn decide(&self, principal: &Principal, action: &str, target: Option<&str>, state: &State) -> Decision {
        self.decide_on(principal, action, target, Basis::of(state, target), state)
    }

    /// [`Authorization::decide`] with what it rests on already read from the state.
    fn decide_on(&self, principal: &Principal, action: &str, target: Option<&str>, basis: Basis, state: &State) -> Decision {
        let key = DecisionKey { principal: principal.clone(), action: action.to_owned(), target: target.map(str::to_owned), basis };
        if let Some(hit) = self.remembered.read().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return hit.clone();
        }
        let result = self.evaluate(principal, action, target, key.basis.facts.clone(), state);
        let mut remembered = self.remembered.write().unwrap_or_else(|e| e.into_inner());
        if remembered.len() >= REMEMBERED_DECISIONS {
            remembered.clear();
        }
        remembered.insert(key, result.clone());
        result
    }

    /// How many policies the authorization files hold.
    pub fn policy_count(&self) -> usize {
        self.policies.base().policies().count()
    }

    /// One decision by Cedar, not remembered (the benchmark of Cedar's cost).
    pub fn evaluate(
        &self,
        principal: &Principal,
        action: &str,
        target: Option<&str>,
        facts: Option<RecordFacts>,
        state: &State,
    ) -> Decision {
        let slices = self.slices_in_force(state);
        let Some(policies) = slices.get(action) else {
            return Err(vec![]);
        };
        self.decide_with(policies, principal, action, target, facts)
    }

    /// [`Authorization::evaluate`] with the facts read from `state`.
    pub fn evaluate_in(&self, principal: &Principal, action: &str, target: Option<&str>, state: &State) -> Decision {
        self.evaluate(principal, action, target, target.and_then(|id| record_facts(state, id)), state)
    }

    /// The slices of the set in force, re-sliced once when a new version appears.
    fn slices_in_force(&self, state: &State) -> Arc<Slices> {
        let set = self.policies.in_force(state);
        {
            let current = self.slices.read().unwrap_or_else(|e| e.into_inner());
            if Arc::ptr_eq(&current.0, &set) {
                return current.1.clone();
            }
        }
        let sliced = Arc::new(slice_by_action(&set, &self.actions));
        *self.slices.write().unwrap_or_else(|e| e.into_inner()) = (set, sliced.clone());
        sliced
    }

    pub(crate) fn decide_with(
        &self,
        policies: &PolicySet,
        principal: &Principal,
        action: &str,
        target: Option<&str>,
        facts: Option<RecordFacts>,
    ) -> Decision {
        let Some(action_uid) = self.actions.get(action) else {
            return Err(vec![]);
        };
        let user = self.user(principal);
        let record = self.record(target, facts);
        let request = Request::new(user.uid(), action_uid.clone(), record.uid(), Context::empty(), None).expect("no schema to violate");
        let entities = Entities::from_entities([user, record], None).expect("two distinct entities");
        let response = self.authorizer.is_authorized(&request, policies, &entities);
        if response.decision() == CedarDecision::Allow {
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

/// One policy set per action, holding only the policies whose scope can match
/// that action. Cedar evaluates every policy of a set for each request; with a
/// thousand policies spread over thirty actions this cuts the work about thirty
/// times. A policy's action scope is `action` (any: every slice), `action ==`
/// (one slice) or `action in [...]` (each listed action's slice; should the list
/// name something that is not a plain action, such as an action group a
/// deployment's schema adds, the policy goes into every slice, which is always
/// correct). The decision is unchanged: a policy left out of a slice could not
/// have applied to that action.
fn slice_by_action(set: &PolicySet, actions: &HashMap<&'static str, EntityUid>) -> Slices {
    let known: HashSet<&EntityUid> = actions.values().collect();
    let mut slices: Slices = actions.keys().map(|name| (name.to_string(), PolicySet::new())).collect();
    for policy in set.policies() {
        let targets: Vec<String> = match policy.action_constraint() {
            ActionConstraint::Eq(uid) if known.contains(&uid) => vec![uid.id().unescaped().to_owned()],
            ActionConstraint::In(uids) if uids.iter().all(|u| known.contains(u)) => {
                uids.iter().map(|u| u.id().unescaped().to_owned()).collect()
            }
            _ => actions.keys().map(|k| k.to_string()).collect(),
        };
        for name in targets {
            if let Some(slice) = slices.get_mut(&name) {
                slice.add(policy.clone()).expect("ids are unique within the set they come from");
            }
        }
    }
    slices
}

impl Authorization {
    /// Could some account (one role, in some kind of organization: what an
    /// operator can create with `jirga admin create-user`) still read the log
    /// and change the authorization policies under `policies`, and could some
    /// account approve such a change? A change that leaves nobody able to is
    /// refused: it would brick the deployment.
    fn someone_could_still_administer(&self, policies: &PolicySet) -> bool {
        let slices = slice_by_action(policies, &self.actions);
        let allowed = |principal: &Principal, action: &str| {
            slices.get(action).is_some_and(|slice| self.decide_with(slice, principal, action, None, None).is_ok())
        };
        // Some account one role in one kind of organization could hold (of
        // `organization`: an administrator's proposal is approved by another).
        let someone = |organization: &str, may: &dyn Fn(&Principal) -> bool| {
            OrgKind::ALL.iter().any(|org_kind| {
                UserRole::ALL.iter().any(|role| {
                    may(&Principal {
                        actor: jirga_core::Actor {
                            user: "any-account".into(),
                            name: "Any account".into(),
                            organization: organization.into(),
                        },
                        org_kind: *org_kind,
                        roles: vec![*role],
                        person: None,
                        posts: vec![],
                    })
                })
            })
        };
        someone("any-organization", &|p| allowed(p, "change_policies") && allowed(p, "read_log"))
            // A change takes force only once the federal side approves it: someone must still be able to.
            && someone("any-other-organization", &|p| allowed(p, "approve_policy_change"))
    }
}

impl jirga_core::hooks::Authorizer for Authorization {
    fn authorize(&self, principal: &Principal, command: &Command, state: &State) -> Result<Grant, Denied> {
        let name = command.name();
        let denied = |code, reason| Denied { user: principal.actor.user.clone(), command: name, code, reason };
        let target = cedar_target(command, state);
        let basis = Basis::of_command(state, command, target.as_deref());
        if let Err(reasons) = self.decide_on(principal, name, target.as_deref(), basis.clone(), state) {
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
            let new = set.check_change(state, previous.as_str(), text.as_str()).map_err(|(code, reason)| denied(code, reason))?;
            if set.name == self.policies.name && !self.someone_could_still_administer(&new) {
                return Err(denied(
                    "policy_locks_everyone_out",
                    format!(
                        "{}: under the new policies no role of any kind of organization could both read the log and change the policies again, \
                         so nobody could undo the change",
                        set.file
                    ),
                ));
            }
        }
        Ok(basis.grant())
    }

    fn holds(&self, grant: Grant, _principal: &Principal, command: &Command, state: &State) -> bool {
        // A policy change is validated against the text in force: always anew.
        !matches!(command, Command::ChangePolicies { .. })
            && Basis::of_command(state, command, cedar_target(command, state).as_deref()).grant() == grant
    }

    fn may_read(&self, principal: &Principal, what: Read<'_>, state: &State) -> bool {
        let (action, target) = match what {
            Read::Everything => ("read_everything", None),
            Read::Record(id) => ("read", Some(id)),
            Read::Log => ("read_log", None),
            Read::HolderData => ("read_holder_data", None),
            Read::SensitiveRaiser => ("read_sensitive_raiser", None),
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
