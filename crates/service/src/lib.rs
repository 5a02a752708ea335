//! The service layer: what the web and the CLI share beyond HTTP.
//!
//! - [`agreement`]: the document of an agreement both sides signed, built and checked.
//! - [`import`]: an import's incidents as chunked commands (written on every core).
//! - [`open`]: the deployment's resources opened once, at the edge: the
//!   storage backend (the embedded SQLite today; PostgreSQL plugs in here),
//!   the data directory's writer lock and the ledger's signing key. The engine
//!   is handed a backend and a key; it opens no file itself.
//! - [`demo`]: the demo's incidents (the articles' and the UCDP export).
//! - [`i18n`]: every user-facing text through Fluent (`locales/*.ftl`), for the
//!   pages, the API's messages and the CLI's.
//! - [`parse`]: commands and days parsed at the edge, for every interface.
//! - [`passes`]: the pass office and the border post (issue, verify, the crossing command).
//! - [`refusal`]: why a request was refused, in terms every interface renders.

pub mod agreement;
pub mod demo;
pub mod i18n;
pub mod import;
pub mod open;
pub mod parse;
pub mod passes;
pub mod refusal;
