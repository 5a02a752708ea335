//! Who acts: the signed-in user as the authorization policies see them
//! ([`Principal`]) and as the record names them ([`Actor`]).
//!
//! Accounts, passwords and sessions live outside the domain (`jirga-auth`); the
//! domain only needs to know who made each change, and the authorizer needs the
//! user's organization, its kind, the user's roles and the person they are.

use serde::{Deserialize, Serialize};

use crate::ids::PersonId;
use crate::model::{OrgKind, UserRole};

/// Who made a change, as written into the event and so into the ledger.
/// Events of encoding version 1 named the actor by a bare string; it reads back
/// as a user of that name in no organization.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "ActorRepr")]
pub struct Actor {
    /// The login name (stable, unique).
    pub user: String,
    /// The user's name as people know it.
    pub name: String,
    /// The id of the user's organization.
    pub organization: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ActorRepr {
    Full {
        user: String,
        name: String,
        organization: String,
    },
    /// Encoding version 1.
    Bare(String),
}

impl From<ActorRepr> for Actor {
    fn from(repr: ActorRepr) -> Actor {
        match repr {
            ActorRepr::Full { user, name, organization } => Actor { user, name, organization },
            ActorRepr::Bare(user) => Actor { name: user.clone(), user, organization: String::new() },
        }
    }
}

impl Actor {
    /// The actor of changes made by the system itself (replays, migrations).
    pub fn system() -> Actor {
        Actor { user: "system".into(), name: "jirga".into(), organization: "system".into() }
    }
}

/// A signed-in user, as the authorization policies judge them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Principal {
    pub actor: Actor,
    pub org_kind: OrgKind,
    pub roles: Vec<UserRole>,
    /// The person record this user is, when they take part in the talks
    /// (counterpart users see the meetings that person attended).
    pub person: Option<PersonId>,
    /// The crossing points (codes) the user is posted at: a border officer
    /// records crossings only there.
    pub posts: Vec<String>,
}

impl Principal {
    pub fn has_role(&self, role: UserRole) -> bool {
        self.roles.contains(&role)
    }
}
