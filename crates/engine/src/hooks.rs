//! The two places where policy enters the write path. Both run in the writer,
//! against the working state, before the domain decides.
//!
//! - [`Authorizer`]: may this actor issue this command? (Cedar replaces
//!   [`AllowAll`] in the authority issue.)
//! - [`Guardrail`]: does this command stay within the national framework? It sees
//!   every command and answers with an assessment for the ones it judges
//!   (proposing and agreeing commitments); the domain then refuses what is
//!   forbidden or still needs federal concurrence, and the event records the
//!   assessment. [`NoGuardrail`] judges nothing.

use jirga_core::model::Assessment;
use jirga_core::{Command, State};

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
    /// The assessment of `command`, or `None` for commands it does not judge.
    fn assess(&self, command: &Command, state: &State) -> Option<Assessment>;
}

/// Judges nothing (tests and benchmarks of the bare write path).
pub struct NoGuardrail;

impl Guardrail for NoGuardrail {
    fn assess(&self, _command: &Command, _state: &State) -> Option<Assessment> {
        None
    }
}
