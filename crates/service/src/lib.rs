//! The service layer: what the web and the CLI share beyond HTTP. For now,
//! the deployment's resources opened once, at the edge: the storage backend
//! (the embedded SQLite today; PostgreSQL plugs in here), the data
//! directory's writer lock and the ledger's signing key. The engine is handed
//! a backend and a key; it opens no file itself.

pub mod open;
