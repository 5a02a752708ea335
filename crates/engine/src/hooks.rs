//! The two places where policy enters the write path. Both run in the writer,
//! against the working state, before the domain decides.
//!
//! - [`Authorizer`]: may this actor issue this command? (Cedar replaces
//!   [`AllowAll`] in the authority issue.)
//! - [`Guardrail`]: does this command stay within the national framework? It sees
//!   every command; the framework policy set will judge proposing and agreeing
//!   commitments. [`NoGuardrail`] accepts everything until then.

use jirga_core::{Command, RuleError, State};

/// Why an actor may not issue a command.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{actor} may not {command}: {reason}")]
pub struct Denied {
    pub actor: String,
    pub command: &'static str,
    pub reason: String,
}

pub trait Authorizer: Send + Sync + 'static {
    fn authorize(&self, actor: &str, command: &Command, state: &State) -> Result<(), Denied>;
}

/// Allows every command (until users and Cedar policies arrive).
pub struct AllowAll;

impl Authorizer for AllowAll {
    fn authorize(&self, _actor: &str, _command: &Command, _state: &State) -> Result<(), Denied> {
        Ok(())
    }
}

pub trait Guardrail: Send + Sync + 'static {
    fn check(&self, command: &Command, state: &State) -> Result<(), RuleError>;
}

/// Accepts every command (until the national-framework policy set arrives).
pub struct NoGuardrail;

impl Guardrail for NoGuardrail {
    fn check(&self, _command: &Command, _state: &State) -> Result<(), RuleError> {
        Ok(())
    }
}
