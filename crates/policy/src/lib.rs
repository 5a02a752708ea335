//! jirga-policy: authority as Cedar policies.
//!
//! Two concerns, one engine:
//! - **Authorization** ([`Authorization`], `authorization.cedar`): may this user
//!   issue this command, read this record, read the log?
//! - **The national-framework guardrail** ([`Framework`], `forbidden.cedar` and
//!   `concurrence.cedar`): "No commitments will be made that override Pakistan's
//!   national security framework or diplomatic stance."
//!
//! Policy files ship in `policies/` and a deployment may replace any of them
//! (the configuration's `policy_dir`, read by the CLI); every file is validated against its schema at start and
//! an invalid one stops the start with `file:line:column: message`. An
//! administrator's change (`change_policies`) is an event on the record; from it
//! on, the recorded text is in force ([`live`]).
//!
//! Cedar is heavy to compile; it lives in this crate alone, which rarely changes.

mod authz;
mod diagnostics;
pub mod explain;
mod framework;
mod live;

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use cedar_policy::{PolicySet, Schema, ValidationMode, Validator};
use jirga_core::model::PolicySetName;

pub use authz::Authorization;
pub use framework::{CommitmentFacts, Framework};
use live::LiveSet;

const AUTHORIZATION_SCHEMA: &str = include_str!("../policies/authorization.cedarschema");
const AUTHORIZATION: &str = include_str!("../policies/authorization.cedar");
const FRAMEWORK_SCHEMA: &str = include_str!("../policies/framework.cedarschema");
const FORBIDDEN: &str = include_str!("../policies/forbidden.cedar");
const CONCURRENCE: &str = include_str!("../policies/concurrence.cedar");

/// Default financial liability above which federal concurrence is needed (PKR).
pub const DEFAULT_FINANCIAL_THRESHOLD: u64 = 50_000_000;

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{0}")]
    Schema(String),
    #[error("{0}")]
    Parse(String),
    #[error("{0}")]
    Invalid(String),
    #[error("cannot read {file}: {message}")]
    Read { file: String, message: String },
}

/// Parse `src` (the file `file`) and validate it against `schema`.
pub(crate) fn parse_set(file: &str, src: &str, schema: &Schema) -> Result<PolicySet, PolicyError> {
    let set = PolicySet::from_str(src).map_err(|e| PolicyError::Parse(diagnostics::located(file, src, &e)))?;
    let result = Validator::new(schema.clone()).validate(&set, ValidationMode::Strict);
    if !result.validation_passed() {
        let message = result.validation_errors().map(|e| diagnostics::located(file, src, e)).collect::<Vec<_>>().join("; ");
        return Err(PolicyError::Invalid(message));
    }
    Ok(set)
}

fn parse_schema(file: &str, src: &str) -> Result<Schema, PolicyError> {
    Schema::from_cedarschema_str(src)
        .map(|(schema, _warnings)| schema)
        .map_err(|e| PolicyError::Schema(diagnostics::located(file, src, &e)))
}

/// The texts of every policy file.
#[derive(Debug, Clone)]
pub struct Sources {
    pub authorization_schema: String,
    pub authorization: String,
    pub framework_schema: String,
    pub forbidden: String,
    pub concurrence: String,
}

impl Sources {
    /// The files shipped with the binary.
    pub fn shipped() -> Sources {
        Sources {
            authorization_schema: AUTHORIZATION_SCHEMA.into(),
            authorization: AUTHORIZATION.into(),
            framework_schema: FRAMEWORK_SCHEMA.into(),
            forbidden: FORBIDDEN.into(),
            concurrence: CONCURRENCE.into(),
        }
    }

    /// The files of a deployment's policy directory; a file it lacks is the shipped one.
    pub fn from_dir(dir: &Path) -> Result<Sources, PolicyError> {
        let read = |name: &str, default: &str| -> Result<String, PolicyError> {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(s) => Ok(s),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(default.to_owned()),
                Err(e) => Err(PolicyError::Read { file: path.display().to_string(), message: e.to_string() }),
            }
        };
        Ok(Sources {
            authorization_schema: read("authorization.cedarschema", AUTHORIZATION_SCHEMA)?,
            authorization: read("authorization.cedar", AUTHORIZATION)?,
            framework_schema: read("framework.cedarschema", FRAMEWORK_SCHEMA)?,
            forbidden: read("forbidden.cedar", FORBIDDEN)?,
            concurrence: read("concurrence.cedar", CONCURRENCE)?,
        })
    }
}

/// Every policy set, loaded and validated.
pub struct Policies {
    pub authorization: Arc<Authorization>,
    pub framework: Arc<Framework>,
}

impl Policies {
    pub fn load(sources: &Sources, financial_threshold: u64) -> Result<Policies, PolicyError> {
        let authz_schema = parse_schema("authorization.cedarschema", &sources.authorization_schema)?;
        let framework_schema = parse_schema("framework.cedarschema", &sources.framework_schema)?;
        let authorization =
            Arc::new(LiveSet::new(PolicySetName::Authorization, "authorization.cedar", &authz_schema, &sources.authorization)?);
        let forbidden = Arc::new(LiveSet::new(PolicySetName::Forbidden, "forbidden.cedar", &framework_schema, &sources.forbidden)?);
        let concurrence = Arc::new(LiveSet::new(PolicySetName::Concurrence, "concurrence.cedar", &framework_schema, &sources.concurrence)?);
        let framework = Framework::new(forbidden.clone(), concurrence.clone(), financial_threshold);
        let authorization = Authorization::new(authorization.clone(), vec![authorization, forbidden, concurrence]);
        Ok(Policies { authorization: Arc::new(authorization), framework: Arc::new(framework) })
    }

    /// The shipped policies with the default threshold.
    pub fn shipped() -> Policies {
        Self::load(&Sources::shipped(), DEFAULT_FINANCIAL_THRESHOLD).expect("the shipped policies validate")
    }

    /// The write path's hooks: this authorization and this guardrail.
    pub fn hooks(&self) -> jirga_core::hooks::Hooks {
        jirga_core::hooks::Hooks { authorizer: self.authorization.clone(), guardrail: self.framework.clone() }
    }
}

#[cfg(test)]
mod tests;
