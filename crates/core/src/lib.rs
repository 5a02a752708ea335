//! jirga-core: the negotiation process as pure data and rules.
//!
//! Commands come in, [`decide`] checks them against the current [`State`] and
//! answers with events or a named [`RuleError`]; [`State::apply`] folds events
//! into the state. Nothing here does I/O, reads the clock or spawns anything:
//! time arrives inside commands and event envelopes.

pub mod agreement;
pub mod authority;
pub mod command;
pub mod decide;
pub mod demo;
pub mod error;
pub mod event;
pub mod gates;
pub mod hooks;
pub mod ids;
pub mod incident;
pub mod model;
pub mod pass;
pub mod results;
pub mod screen;
pub mod sides;
pub mod state;
pub mod text;

pub use authority::{Actor, Principal};
pub use command::Command;
pub use decide::{decide, decide_assessed, decide_recorded};
pub use error::RuleError;
pub use event::{BrokenRule, ENCODING_VERSION, Event, EventRecord, IdempotencyMark};
pub use state::State;
